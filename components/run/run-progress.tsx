import type { TaskRun } from "../../lib/parallel/types";
import { SafeLink } from "./safe-link";
import type { RunProgress as Progress } from "./use-run-progress";

const MESSAGE_LABEL: Record<string, string> = {
  "task_run.progress_msg.plan": "Plan",
  "task_run.progress_msg.search": "Search",
  "task_run.progress_msg.result": "Result",
  "task_run.progress_msg.tool_call": "Tool call",
  "task_run.progress_msg.exec_status": "Status",
};

const TIME = new Intl.DateTimeFormat("en", { timeStyle: "medium" });

/** An active run's live trace: a meter, the sources read so far, and its messages as a timeline. */
export function RunProgress({ run, progress }: { run: TaskRun; progress: Progress }) {
  const { stats, messages, connection } = progress;
  const percent = stats ? Math.round(Math.max(0, Math.min(100, stats.progress_meter))) : null;
  return (
    <div className="space-y-4" data-testid="run-progress" data-connection={connection}>
      <p className="text-sm text-fg-muted" role="status">
        {run.status === "queued" ? "Queued: waiting to start." : "Running."}{" "}
        {connection === "reconnecting" && "Connection lost; reconnecting…"}
        {connection === "failed" &&
          (progress.error
            ? `The progress stream ended: ${progress.error}`
            : "The progress stream is unavailable; the page checks the run periodically.")}
      </p>
      <div>
        <div className="flex justify-between text-xs text-fg-muted">
          <span>Progress</span>
          <span className="tabular-nums">{percent === null ? "—" : `${percent}%`}</span>
        </div>
        <div
          role="progressbar"
          aria-label="Run progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent ?? undefined}
          className="mt-1 h-2 overflow-hidden rounded-full bg-track"
        >
          <div className="h-full bg-status-running transition-[width] duration-500" style={{ width: `${percent ?? 0}%` }} />
        </div>
        {stats && (
          <p className="mt-2 text-xs text-fg-muted">
            {stats.source_stats.num_sources_read ?? 0} sources read of {stats.source_stats.num_sources_considered ?? 0} considered
          </p>
        )}
        {stats?.source_stats.sources_read_sample && stats.source_stats.sources_read_sample.length > 0 && (
          <ul className="mt-1 space-y-0.5 text-xs">
            {stats.source_stats.sources_read_sample.map((url, i) => (
              <li key={`${url}-${i}`} className="truncate">
                <SafeLink href={url} />
              </li>
            ))}
          </ul>
        )}
      </div>
      <ol className="relative space-y-3 border-l border-line pl-4" data-testid="progress-timeline" aria-label="Progress messages">
        {messages.length === 0 && <li className="text-sm text-fg-subtle">No progress messages yet.</li>}
        {messages.map((message, index) => (
          <li key={index} className="text-sm" data-testid="progress-message">
            <span aria-hidden className="absolute -left-[5px] mt-1.5 h-2.5 w-2.5 rounded-full bg-status-running" />
            <span className="mr-2 text-xs font-medium text-fg-subtle uppercase">{MESSAGE_LABEL[message.type] ?? message.type}</span>
            {message.timestamp && (
              <time className="mr-2 text-xs text-fg-subtle tabular-nums">{TIME.format(new Date(message.timestamp))}</time>
            )}
            <span className="break-words">{message.message}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
