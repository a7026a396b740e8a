import { Badge } from "./badge";

/** Marks a group that still has queued or running runs. */
export function ActiveBadge({ className = "" }: { className?: string }) {
  return (
    <Badge tone="accent" data-testid="active-badge" className={className}>
      <span className="relative flex h-2 w-2" aria-hidden>
        <span className="absolute inline-flex h-full w-full animate-ping rounded-full bg-status-running opacity-60 motion-reduce:hidden" />
        <span className="relative inline-flex h-2 w-2 rounded-full bg-status-running" />
      </span>
      Active
    </Badge>
  );
}
