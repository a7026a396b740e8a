import type { ParseProgressInfo } from "../../lib/upload/source-worker-client";

/** How far the worker has read the file. */
export function ParseProgress({ progress }: { progress: ParseProgressInfo | null }) {
  const share = progress && progress.totalChars > 0 ? Math.min(1, progress.chars / progress.totalChars) : null;
  return (
    <div data-testid="parse-progress" role="status" aria-live="polite" className="space-y-1">
      <p className="text-sm">Reading the rows…{progress ? ` ${progress.rows.toLocaleString("en-US")} so far` : ""}</p>
      <div className="h-1.5 overflow-hidden rounded bg-track">
        <div
          className={`h-full bg-accent-solid ${share === null ? "w-1/3 animate-pulse" : ""}`}
          style={share === null ? undefined : { width: `${Math.round(share * 100)}%` }}
        />
      </div>
    </div>
  );
}
