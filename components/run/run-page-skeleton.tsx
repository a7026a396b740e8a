/** The run page's shape while it loads. */
export function RunPageSkeleton() {
  const bar = "animate-pulse rounded bg-track motion-reduce:animate-none";
  return (
    <div role="status" aria-label="Loading the run" data-testid="run-loading" className="space-y-6">
      <div className={`h-7 w-96 max-w-full ${bar}`} />
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className={`h-4 ${bar}`} />
        ))}
      </div>
      <div className={`h-24 ${bar}`} />
      <div className={`h-64 ${bar}`} />
    </div>
  );
}
