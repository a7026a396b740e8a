const SKELETON_ROWS = 8;

/** Placeholder rows while the first page loads, the size of real rows so nothing jumps. */
export function RunsSkeleton() {
  return (
    <div role="status" aria-label="Loading runs" data-testid="runs-loading" className="overflow-hidden rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <div className="h-9 border-b border-zinc-200 bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-950" />
      {Array.from({ length: SKELETON_ROWS }, (_, i) => (
        <div key={i} className="flex h-[41px] items-center gap-6 border-b border-zinc-100 px-3 dark:border-zinc-800/70">
          <span className="h-3 w-28 animate-pulse rounded bg-zinc-200 motion-reduce:animate-none dark:bg-zinc-800" />
          <span className="h-4 w-20 animate-pulse rounded-full bg-zinc-200 motion-reduce:animate-none dark:bg-zinc-800" />
          <span className="h-3 w-16 animate-pulse rounded bg-zinc-200 motion-reduce:animate-none dark:bg-zinc-800" />
          <span className="h-3 w-24 animate-pulse rounded bg-zinc-200 motion-reduce:animate-none dark:bg-zinc-800" />
        </div>
      ))}
    </div>
  );
}
