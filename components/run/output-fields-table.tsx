import type { FieldBasis as Basis, TaskRunJsonOutput } from "../../lib/parallel/types";
import { FieldBasis } from "./field-basis";
import { JsonTree } from "./json-tree";

/** A JSON output as one row per top-level field: its value, then the basis the processor gave for it. */
export function OutputFieldsTable({ output }: { output: TaskRunJsonOutput }) {
  const content = output.content ?? {};
  const basisByField = new Map<string, Basis>((output.basis ?? []).map((b) => [b.field, b]));
  const extraBasis = (output.basis ?? []).filter((b) => !(b.field in content));
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-testid="output-fields">
        <thead>
          <tr className="border-b border-zinc-200 text-left text-xs text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
            <th scope="col" className="w-48 py-2 pr-4 font-medium">
              Field
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Value
            </th>
            <th scope="col" className="w-[40%] py-2 font-medium">
              Basis
            </th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(content).map(([field, value]) => (
            <tr key={field} data-testid="output-field" data-field={field} className="border-b border-zinc-100 align-top dark:border-zinc-800/70">
              <th scope="row" className="py-3 pr-4 text-left font-mono text-xs font-medium break-all">
                {field}
              </th>
              <td className="py-3 pr-4">
                <FieldValue value={value} />
              </td>
              <td className="py-3">
                <FieldBasis basis={basisByField.get(field)} />
              </td>
            </tr>
          ))}
          {extraBasis.map((basis) => (
            <tr key={`basis-${basis.field}`} data-testid="output-field" data-field={basis.field} className="border-b border-zinc-100 align-top dark:border-zinc-800/70">
              <th scope="row" className="py-3 pr-4 text-left font-mono text-xs font-medium break-all">
                {basis.field}
              </th>
              <td className="py-3 pr-4 text-xs text-zinc-500 dark:text-zinc-400">—</td>
              <td className="py-3">
                <FieldBasis basis={basis} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FieldValue({ value }: { value: unknown }) {
  if (value !== null && typeof value === "object") return <JsonTree value={value} />;
  if (value === null || value === undefined) return <span className="text-zinc-500 dark:text-zinc-400">null</span>;
  return <span className="break-words whitespace-pre-wrap">{String(value)}</span>;
}
