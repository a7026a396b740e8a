"use client";

import { describeUpstream, describeUpstreamConfig } from "../lib/upstream/describe-upstream";
import type { UpstreamConfig } from "../lib/upstream/upstream-status";
import { Card } from "./ui/card";
import { HEALTH_DOT_CLASS } from "./ui/status-styles";
import { useUpstreamStatus } from "./use-upstream-status";

/**
 * Which upstream the console uses (known from its environment, so in the first HTML) and whether it
 * answers. The health comes from the header badge's query, so the page probes once and never waits on it.
 */
export function UpstreamPanel({ upstream }: { upstream: UpstreamConfig }) {
  const { data, isError } = useUpstreamStatus();
  const description = data ? describeUpstream(data) : null;
  return (
    <Card aria-labelledby="upstream-heading" data-testid="upstream-panel">
      <h2 id="upstream-heading" className="text-sm font-medium text-fg-subtle">
        Upstream
      </h2>
      <p data-testid="upstream-label" className="mt-1 font-mono text-sm">
        {description?.label ?? describeUpstreamConfig(upstream)}
      </p>
      <p data-testid="upstream-health" data-health={description?.health ?? "unknown"} className="mt-2 flex items-center gap-2 text-sm">
        <span
          className={`h-2 w-2 shrink-0 rounded-full ${description ? HEALTH_DOT_CLASS[description.health] : "bg-fg-subtle"}`}
          aria-hidden
        />
        {description?.healthText ?? (isError ? "unknown: the console did not answer" : "checking…")}
      </p>
    </Card>
  );
}
