import type { RunStatus } from "../../lib/parallel/types";
import type { UpstreamHealth } from "../../lib/upstream/describe-upstream";

// The status colours themselves are design tokens in app/globals.css (--color-status-*), their one
// source. Class names are written out literally so Tailwind finds them in the source.
export const STATUS_BG_CLASS: Record<RunStatus, string> = {
  queued: "bg-status-queued",
  action_required: "bg-status-action_required",
  running: "bg-status-running",
  completed: "bg-status-completed",
  failed: "bg-status-failed",
  cancelling: "bg-status-cancelling",
  cancelled: "bg-status-cancelled",
};

/** For SVG charts, which take a colour rather than a class. */
export const STATUS_COLOR: Record<RunStatus, string> = {
  queued: "var(--color-status-queued)",
  action_required: "var(--color-status-action_required)",
  running: "var(--color-status-running)",
  completed: "var(--color-status-completed)",
  failed: "var(--color-status-failed)",
  cancelling: "var(--color-status-cancelling)",
  cancelled: "var(--color-status-cancelled)",
};

export const STATUS_LABEL: Record<RunStatus, string> = {
  queued: "Queued",
  action_required: "Action required",
  running: "Running",
  completed: "Completed",
  failed: "Failed",
  cancelling: "Cancelling",
  cancelled: "Cancelled",
};

// Upstream health dots reuse the status hues: reachable reads as completed, a rejected key as
// needing action, unreachable as failed.
export const HEALTH_DOT_CLASS: Record<UpstreamHealth, string> = {
  reachable: "bg-status-completed",
  key_rejected: "bg-status-action_required",
  unreachable: "bg-status-failed",
};
