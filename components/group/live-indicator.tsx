import type { GroupEventsConnection } from "../../lib/client/use-group-events";

const TEXT: Record<GroupEventsConnection, string | null> = {
  idle: null,
  connecting: "Connecting…",
  open: "Live",
  reconnecting: "Reconnecting…",
  closed: null,
};

/** Whether the page is receiving the group's live events. */
export function LiveIndicator({ connection }: { connection: GroupEventsConnection }) {
  const text = TEXT[connection];
  if (!text) return null;
  return (
    <span
      data-testid="live-indicator"
      data-connection={connection}
      className="inline-flex items-center gap-1.5 text-xs text-fg-muted"
      role="status"
    >
      <span
        className={`h-1.5 w-1.5 rounded-full ${connection === "open" ? "bg-status-completed" : "bg-status-action_required"}`}
        aria-hidden
      />
      {text}
    </span>
  );
}
