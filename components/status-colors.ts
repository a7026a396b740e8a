import type { RunStatus } from "../lib/parallel/types";

// One colour per run status, shared by Tailwind (badges, bars) and Recharts (charts).
// Mid-tone hues so each reads on both the light and the dark background.
export const STATUS_COLORS = {
  queued: "#a78bfa",
  action_required: "#f59e0b",
  running: "#3b82f6",
  completed: "#10b981",
  failed: "#ef4444",
  cancelling: "#f472b6",
  cancelled: "#78716c",
} as const satisfies Record<RunStatus, string>;
