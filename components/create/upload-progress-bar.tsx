"use client";

import { useEffect, useState } from "react";
import type { UploadProgress } from "../../lib/upload/upload-progress";

/** Rows in of total, batches, rate, and a countdown while the API asks to wait. */
export function UploadProgressBar({ progress }: { progress: UploadProgress }) {
  const share = progress.totalRows === 0 ? 0 : progress.submittedRows / progress.totalRows;
  const waitS = useCountdown(progress.waitUntilMs);
  return (
    <div className="space-y-2">
      <div
        role="progressbar"
        aria-label="Rows submitted"
        aria-valuemin={0}
        aria-valuemax={progress.totalRows}
        aria-valuenow={progress.submittedRows}
        className="h-3 overflow-hidden rounded-full bg-track"
        data-testid="upload-progress-bar"
      >
        <div
          className="h-full bg-status-completed transition-[width] duration-300 motion-reduce:transition-none"
          style={{ width: `${(share * 100).toFixed(1)}%` }}
        />
      </div>
      <p className="flex flex-wrap gap-x-4 text-sm tabular-nums" data-testid="upload-counts">
        <span data-testid="upload-rows">
          {progress.submittedRows.toLocaleString("en-US")} of {progress.totalRows.toLocaleString("en-US")} rows submitted
        </span>
        <span data-testid="upload-batches">
          {progress.batchesDone} of {progress.batchCount} {progress.batchCount === 1 ? "batch" : "batches"}
        </span>
        {progress.rowsPerSecond !== null && <span>{Math.round(progress.rowsPerSecond).toLocaleString("en-US")} rows/s</span>}
        {progress.inFlight > 0 && <span className="text-fg-subtle">{progress.inFlight} in flight</span>}
      </p>
      {waitS !== null && (
        <p className="text-sm text-warning" role="status" data-testid="upload-waiting">
          The API asked to slow down: sending again in {waitS} s.
        </p>
      )}
    </div>
  );
}

function useCountdown(untilMs: number | null): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (untilMs === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, [untilMs]);
  if (untilMs === null) return null;
  return Math.max(0, Math.ceil((untilMs - now) / 1_000));
}
