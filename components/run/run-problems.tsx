import type { TaskRun } from "../../lib/parallel/types";
import { Card, cardClass } from "../ui/card";

/** The run's error (a failed run) and its warnings, as the upstream wrote them (plain text). */
export function RunProblems({ run }: { run: TaskRun }) {
  const warnings = run.warnings ?? [];
  if (!run.error && warnings.length === 0) return null;
  return (
    <div className="space-y-2">
      {run.error && (
        <Card as="div" tone="danger" padding="sm" role="alert" data-testid="run-error" className="text-sm text-danger-strong">
          <p className="font-medium">The run failed</p>
          <p className="mt-1 break-words whitespace-pre-wrap">{run.error.message}</p>
          {run.error.ref_id && <p className="mt-1 font-mono text-xs text-danger">ref {run.error.ref_id}</p>}
        </Card>
      )}
      {warnings.length > 0 && (
        <ul data-testid="run-warnings" className={cardClass({ tone: "warning", padding: "sm" }, "space-y-1 text-sm text-warning-strong")}>
          {warnings.map((warning, index) => (
            <li key={index} className="break-words">
              <span className="mr-2 text-xs font-medium uppercase">{warning.type.replace(/_/g, " ")}</span>
              {warning.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
