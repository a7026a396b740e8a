import type { FieldBasis as Basis, TaskRunJsonOutput } from "../../lib/parallel/types";
import { FieldBasis } from "./field-basis";
import { JsonTree } from "./json-tree";
import { TBody, TD, TH, THead, TR, Table } from "../ui/table";

/** A JSON output as one row per top-level field: its value, then the basis the processor gave for it. */
export function OutputFieldsTable({ output }: { output: TaskRunJsonOutput }) {
  const content = output.content ?? {};
  const basisByField = new Map<string, Basis>((output.basis ?? []).map((b) => [b.field, b]));
  const extraBasis = (output.basis ?? []).filter((b) => !(b.field in content));
  return (
    <div className="overflow-x-auto">
      <Table className="w-full border-collapse" data-testid="output-fields">
        <THead>
          <tr>
            <TH scope="col" className="w-48">
              Field
            </TH>
            <TH scope="col">Value</TH>
            <TH scope="col" className="w-[40%]">
              Basis
            </TH>
          </tr>
        </THead>
        <TBody>
          {Object.entries(content).map(([field, value]) => (
            <TR key={field} data-testid="output-field" data-field={field} className="align-top">
              <th scope="row" className="px-3 py-3 text-left font-mono text-xs font-medium break-all">
                {field}
              </th>
              <TD className="py-3">
                <FieldValue value={value} />
              </TD>
              <TD className="py-3">
                <FieldBasis basis={basisByField.get(field)} />
              </TD>
            </TR>
          ))}
          {extraBasis.map((basis) => (
            <TR key={`basis-${basis.field}`} data-testid="output-field" data-field={basis.field} className="align-top">
              <th scope="row" className="px-3 py-3 text-left font-mono text-xs font-medium break-all">
                {basis.field}
              </th>
              <TD className="py-3 text-xs text-fg-subtle">—</TD>
              <TD className="py-3">
                <FieldBasis basis={basis} />
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
    </div>
  );
}

function FieldValue({ value }: { value: unknown }) {
  if (value !== null && typeof value === "object") return <JsonTree value={value} />;
  if (value === null || value === undefined) return <span className="text-fg-subtle">null</span>;
  return <span className="break-words whitespace-pre-wrap">{String(value)}</span>;
}
