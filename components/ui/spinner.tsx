/** A small busy indicator; `label` is read by screen readers. */
export function Spinner({ label = "Loading", className = "" }: { label?: string; className?: string }) {
  return (
    <span role="status" className={`inline-flex items-center gap-2 ${className}`}>
      <span
        aria-hidden
        className="h-4 w-4 animate-spin rounded-full border-2 border-zinc-300 border-t-zinc-700 motion-reduce:animate-none dark:border-zinc-700 dark:border-t-zinc-200"
      />
      <span className="sr-only">{label}</span>
    </span>
  );
}
