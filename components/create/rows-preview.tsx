import type { PreparedInfo } from "../../lib/upload/worker-protocol";

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
        {prepared.totalRows > prepared.preview.length && <span className="text-zinc-500 dark:text-zinc-400"> · the first {prepared.preview.length} as they will be sent:</span>}
      </p>
      <div className="mt-2 max-h-80 overflow-auto rounded-md border border-zinc-200 dark:border-zinc-800">
        <table className="w-full text-left text-xs">
          <thead className="sticky top-0 bg-zinc-50 text-zinc-500 dark:bg-zinc-950 dark:text-zinc-400">
            <tr>
              <th className="px-2 py-1 font-medium">Row</th>
              {text ? <th className="px-2 py-1 font-medium">Input</th> : keys.map((k) => <th key={k} className="px-2 py-1 font-mono font-medium">{k}</th>)}
            </tr>
          </thead>
          <tbody>
            {prepared.preview.map((p) => (
              <tr key={p.row} className="border-t border-zinc-100 align-top dark:border-zinc-800">
                <td className="px-2 py-1 tabular-nums text-zinc-500">{p.row}</td>
                {typeof p.input === "string" ? (
                  <td colSpan={text ? 1 : Math.max(1, keys.length)} className={`max-w-xl truncate px-2 py-1 ${text ? "" : "italic text-zinc-500"}`} title={p.input}>
                    {text ? p.input : "This row has a problem (see below)"}
                  </td>
                ) : (
                  keys.map((k) => (
                    <td key={k} className="max-w-xs truncate px-2 py-1 font-mono">
                      {cell((p.input as Record<string, unknown>)[k])}
                    </td>
                  ))
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function cell(value: unknown): string {
  if (value === undefined) return "";
  return typeof value === "string" ? value : JSON.stringify(value);
}
