import type { TaskRun } from "../../lib/parallel/types";

/** The run's error (a failed run) and its warnings, as the upstream wrote them (plain text). */
export function RunProblems({ run }: { run: TaskRun }) {
  const warnings = run.warnings ?? [];
  if (!run.error && warnings.length === 0) return null;
  return (
    <div className="space-y-2">
      {run.error && (
        <div role="alert" data-testid="run-error" className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-900 dark:border-red-900 dark:bg-red-950/60 dark:text-red-100">
          <p className="font-medium">The run failed</p>
          <p className="mt-1 break-words whitespace-pre-wrap">{run.error.message}</p>
          {run.error.ref_id && <p className="mt-1 font-mono text-xs text-red-700 dark:text-red-300">ref {run.error.ref_id}</p>}
        </div>
      )}
      {warnings.length > 0 && (
        <ul data-testid="run-warnings" className="space-y-1 rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-900 dark:bg-amber-950/60 dark:text-amber-100">
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
