import type { TaskRunOutput } from "../../lib/parallel/types";
import { FieldBasis } from "./field-basis";
import { MarkdownOutput } from "./markdown-output";
import { OutputFieldsTable } from "./output-fields-table";

/** The run's output: JSON as a table of fields with their basis, text as Markdown with its basis below. */
export function RunOutput({ output }: { output: TaskRunOutput }) {
  if (output.type === "json") return <OutputFieldsTable output={output} />;
  const content = typeof output.content === "string" ? output.content : JSON.stringify(output.content, null, 2);
  return (
    <div className="space-y-6">
      <MarkdownOutput markdown={content} />
      {(output.basis ?? []).length > 0 && (
        <div className="space-y-4 border-t border-line pt-4">
          <h3 className="text-sm font-semibold">Basis</h3>
          {output.basis.map((basis, index) => (
            <FieldBasis key={`${basis.field}-${index}`} basis={basis} />
          ))}
        </div>
      )}
    </div>
  );
}
