import { describeUpstream } from "../lib/upstream/describe-upstream";
import type { UpstreamStatus } from "../lib/upstream/upstream-status";
import { Card } from "./ui/card";
import { HEALTH_DOT_CLASS } from "./ui/status-styles";

export function UpstreamPanel({ status }: { status: UpstreamStatus }) {
  const { label, health, healthText } = describeUpstream(status);
  return (
    <Card aria-labelledby="upstream-heading" data-testid="upstream-panel">
      <h2 id="upstream-heading" className="text-sm font-medium text-fg-subtle">
        Upstream
      </h2>
      <p data-testid="upstream-label" className="mt-1 font-mono text-sm">
        {label}
      </p>
      <p data-testid="upstream-health" data-health={health} className="mt-2 flex items-center gap-2 text-sm">
        <span className={`h-2 w-2 shrink-0 rounded-full ${HEALTH_DOT_CLASS[health]}`} aria-hidden />
        {healthText}
      </p>
    </Card>
  );
}
