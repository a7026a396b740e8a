"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { groupKeys } from "../../lib/client/group-queries";
import { FailedRows } from "../create/failed-rows";
import { UploadProgressBar } from "../create/upload-progress-bar";
import { useUploadSession } from "../create/use-upload-session";
import { Spinner } from "../ui/spinner";
import { Button } from "../ui/button";

/** A retry's submission: progress, cancel/resume, and the group's data refreshed when it ends. */
export function RetryProgress({ uploadId, groupId, onClose }: { uploadId: string; groupId: string; onClose: () => void }) {
  const { session, snapshot } = useUploadSession(uploadId);
  const queryClient = useQueryClient();
  const progress = snapshot.progress;
  const running = snapshot.status === "running";

  useEffect(() => {
    void session.open();
  }, [session]);

  const finished = !running && progress !== null;
  useEffect(() => {
    if (!finished) return;
    void queryClient.invalidateQueries({ queryKey: groupKeys.group(groupId) });
    void queryClient.invalidateQueries({ queryKey: groupKeys.allRuns(groupId) });
    void queryClient.invalidateQueries({ queryKey: groupKeys.history(groupId) });
  }, [finished, groupId, queryClient]);

  if (!progress) return <Spinner label="Starting the retry" />;
  return (
    <div className="space-y-3" data-testid="retry-progress" data-phase={progress.phase}>
      <UploadProgressBar progress={progress} />
      {progress.phase === "done" && (
        <p className="text-sm text-success" data-testid="retry-done">
          {progress.totalRows.toLocaleString("en-US")} {progress.totalRows === 1 ? "run was" : "runs were"} submitted again. Each new run
          names the run it retries.
        </p>
      )}
      {progress.message && progress.phase !== "done" && <p className="text-sm text-fg-muted">{progress.message}</p>}
      {!running && progress.failedRows.length > 0 && <FailedRows rows={progress.failedRows} label={progress.label} />}
      <div className="flex justify-end gap-2">
        {running && (
          <Button type="button" onClick={() => session.cancel()} disabled={snapshot.cancelling}>
            {snapshot.cancelling ? "Cancelling…" : "Cancel"}
          </Button>
        )}
        {!running && progress.phase === "cancelled" && (
          <Button type="button" variant="primary" onClick={() => session.start()}>
            Resume
          </Button>
        )}
        {!running && progress.failedRows.length > 0 && (
          <Button type="button" variant="primary" onClick={() => void session.retryFailed()}>
            Send the failed rows again
          </Button>
        )}
        <Button type="button" onClick={onClose} data-testid="retry-close">
          Close
        </Button>
      </div>
    </div>
  );
}
