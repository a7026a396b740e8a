import type { UpstreamHealth } from "../lib/upstream/describe-upstream";

// Dot colours for upstream health, shared by the header badge and the home panel.
export const HEALTH_DOT_CLASS: Record<UpstreamHealth, string> = {
  reachable: "bg-emerald-500",
  key_rejected: "bg-amber-500",
  unreachable: "bg-red-500",
};
