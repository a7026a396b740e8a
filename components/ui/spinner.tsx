/** A small busy indicator; `label` is read by screen readers. */
export function Spinner({ label = "Loading", className = "" }: { label?: string; className?: string }) {
  return (
    <span role="status" className={`inline-flex items-center gap-2 ${className}`}>
      <span
        aria-hidden
        className="h-4 w-4 animate-spin rounded-full border-2 border-line-strong border-t-fg-soft motion-reduce:animate-none"
      />
      <span className="sr-only">{label}</span>
    </span>
  );
}
