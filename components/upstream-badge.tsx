"use client";

import { describeUpstream } from "../lib/upstream/describe-upstream";
import { HEALTH_DOT_CLASS } from "./ui/status-styles";
import { useUpstreamStatus } from "./use-upstream-status";

const BADGE_CLASS = "inline-flex items-center gap-2 rounded-full border border-line-strong px-3 py-1 text-xs font-medium";

export function UpstreamBadge() {
  const { data, isError } = useUpstreamStatus();
  if (!data) {
    return (
      <span data-testid="upstream-badge" data-health="unknown" className={BADGE_CLASS}>
        <span className="h-2 w-2 rounded-full bg-fg-subtle" aria-hidden />
        {isError ? "Upstream unknown" : "Checking upstream…"}
      </span>
    );
  }
  const { label, health, healthText } = describeUpstream(data);
  return (
    <span data-testid="upstream-badge" data-health={health} className={BADGE_CLASS} title={`${label}: ${healthText}`}>
      <span className={`h-2 w-2 rounded-full ${HEALTH_DOT_CLASS[health]}`} aria-hidden />
      {data.kind === "emulator" ? "Emulator" : "Parallel API"}
      <span className="sr-only">{healthText}</span>
    </span>
  );
}
