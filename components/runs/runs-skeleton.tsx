import { cardClass } from "../ui/card";

const SKELETON_ROWS = 8;

/** Placeholder rows while the first page loads, the size of real rows so nothing jumps. */
export function RunsSkeleton() {
  return (
    <div role="status" aria-label="Loading runs" data-testid="runs-loading" className={cardClass({ padding: "none" }, "overflow-hidden")}>
      <div className="h-9 border-b border-line bg-surface-muted" />
      {Array.from({ length: SKELETON_ROWS }, (_, i) => (
        <div key={i} className="flex h-[41px] items-center gap-6 border-b border-line-soft px-3">
          <span className="h-3 w-28 animate-pulse rounded bg-track motion-reduce:animate-none" />
          <span className="h-4 w-20 animate-pulse rounded-full bg-track motion-reduce:animate-none" />
          <span className="h-3 w-16 animate-pulse rounded bg-track motion-reduce:animate-none" />
          <span className="h-3 w-24 animate-pulse rounded bg-track motion-reduce:animate-none" />
        </div>
      ))}
    </div>
  );
}
