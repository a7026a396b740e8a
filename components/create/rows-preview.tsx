import type { PreparedInfo } from "../../lib/upload/worker-protocol";
import { TD, TH, TR } from "../ui/table";
import { RowNumberCell, RowsTable } from "./rows-table";

/** The first rows exactly as each run's input will be, and how many there are. */
export function RowsPreview({ prepared }: { prepared: PreparedInfo }) {
  const keys = [...new Set(prepared.preview.flatMap((p) => (typeof p.input === "string" ? [] : Object.keys(p.input))))];
  const text = prepared.preview.every((p) => typeof p.input === "string");
  return (
    <div data-testid="rows-preview">
      <p className="text-sm">
        <span className="font-medium" data-testid="row-total">
          {prepared.totalRows.toLocaleString("en-US")} {prepared.totalRows === 1 ? "row" : "rows"}
        </span>
        {prepared.totalRows > prepared.preview.length && (
          <span className="text-fg-subtle"> · the first {prepared.preview.length} as they will be sent:</span>
        )}
      </p>
      <RowsTable
        className="mt-2 max-h-80 rounded-md border border-line"
        small
        head={
          text ? (
            <TH density="compact">Input</TH>
          ) : (
            keys.map((k) => (
              <TH key={k} density="compact" className="font-mono normal-case">
                {k}
              </TH>
            ))
          )
        }
      >
        {prepared.preview.map((p) => (
          <TR key={p.row} className="align-top">
            <RowNumberCell row={p.row} className="text-fg-subtle" />
            {typeof p.input === "string" ? (
              <TD
                density="compact"
                colSpan={text ? 1 : Math.max(1, keys.length)}
                className={`max-w-xl truncate ${text ? "" : "italic text-fg-subtle"}`}
                title={p.input}
              >
                {text ? p.input : "This row has a problem (see below)"}
              </TD>
            ) : (
              keys.map((k) => (
                <TD key={k} density="compact" className="max-w-xs truncate font-mono">
                  {cell((p.input as Record<string, unknown>)[k])}
                </TD>
              ))
            )}
          </TR>
        ))}
      </RowsTable>
    </div>
  );
}

function cell(value: unknown): string {
  if (value === undefined) return "";
  return typeof value === "string" ? value : JSON.stringify(value);
}
