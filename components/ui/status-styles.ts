import type { RunStatus } from "../../lib/parallel/types";

// Literal class names so Tailwind finds them in the source; the colours themselves come from
// components/status-colors.ts through tailwind.config.ts.
export const STATUS_BG_CLASS: Record<RunStatus, string> = {
  queued: "bg-status-queued",
  action_required: "bg-status-action_required",
  running: "bg-status-running",
  completed: "bg-status-completed",
  failed: "bg-status-failed",
  cancelling: "bg-status-cancelling",
  cancelled: "bg-status-cancelled",
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
