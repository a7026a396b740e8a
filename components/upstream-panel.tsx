import { describeUpstream } from "../lib/upstream/describe-upstream";
import type { UpstreamStatus } from "../lib/upstream/upstream-status";
import { HEALTH_DOT_CLASS } from "./health-styles";

export function UpstreamPanel({ status }: { status: UpstreamStatus }) {
  const { label, health, healthText } = describeUpstream(status);
  return (
    <section
      aria-labelledby="upstream-heading"
      data-testid="upstream-panel"
      className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <h2 id="upstream-heading" className="text-sm font-medium text-zinc-500 dark:text-zinc-400">
        Upstream
      </h2>
      <p data-testid="upstream-label" className="mt-1 font-mono text-sm">
        {label}
      </p>
      <p data-testid="upstream-health" data-health={health} className="mt-2 flex items-center gap-2 text-sm">
        <span className={`h-2 w-2 shrink-0 rounded-full ${HEALTH_DOT_CLASS[health]}`} aria-hidden />
        {healthText}
      </p>
    </section>
  );
}
