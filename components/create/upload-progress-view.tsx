"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { IdbJournal } from "../../lib/upload/idb-journal";
import { Spinner } from "../ui/spinner";
import { FailedRows } from "./failed-rows";
import { UploadProgressBar } from "./upload-progress-bar";
import { useUploadSession } from "./use-upload-session";
import { Button } from "../ui/button";
import { LINK } from "../ui/text-link";
import { Card } from "../ui/card";

const PHASE_TITLES = {
  starting: "Starting",
  creating_group: "Creating the group",
  checking: "Checking which rows the group already has",
  submitting: "Submitting",
  cancelled: "Cancelled",
  failed: "Some rows were not accepted",
  done: "All rows submitted",
} as const;

/** An upload in progress (or stopped): its progress, Cancel, Resume, and the rows that failed. Lands on the group when done. */
export function UploadProgressView({ uploadId, onBackToForm }: { uploadId: string; onBackToForm: () => void }) {
  const router = useRouter();
  const { session, snapshot } = useUploadSession(uploadId);
  const progress = snapshot.progress;

  useEffect(() => {
    void session.open();
  }, [session]);

  const doneGroup = progress?.phase === "done" ? progress.groupId : null;
  useEffect(() => {
    if (doneGroup) router.replace(`/groups/${encodeURIComponent(doneGroup)}`);
  }, [doneGroup, router]);

  if (snapshot.status === "opening") return <Spinner label="Opening the upload" />;
  if (snapshot.status === "missing" || snapshot.status === "error") {
    return (
      <Card padding="lg" className="space-y-3" data-testid="upload-missing">
        <h1 className="text-lg font-semibold">
          {snapshot.status === "missing" ? "This upload is not in this browser" : "The upload stopped"}
        </h1>
        <p className="text-sm text-fg-muted">
          {snapshot.status === "missing"
            ? "Uploads resume only in the browser that started them, where their rows are kept."
            : snapshot.error}
        </p>
        <Button type="button" onClick={onBackToForm}>
          Back to the form
        </Button>
      </Card>
    );
  }

  const running = snapshot.status === "running";
  const cancelling = running && snapshot.cancelling;
  const groupLink = progress?.groupId ? `/groups/${encodeURIComponent(progress.groupId)}` : null;
  return (
    <Card padding="lg" className="space-y-4" data-testid="upload-progress" data-phase={progress?.phase ?? "starting"} aria-live="polite">
      <div>
        <h1 className="text-lg font-semibold" data-testid="upload-title">
          {snapshot.status === "locked" ? "Running in another tab" : PHASE_TITLES[progress?.phase ?? "starting"]}
          {progress && <span className="font-normal text-fg-subtle"> · {progress.label}</span>}
        </h1>
        {snapshot.status === "locked" && (
          <p className="text-sm text-fg-muted">
            Another tab of this browser is sending this upload; follow it there, or close that tab and reload this one.
          </p>
        )}
      </div>

      {progress && <UploadProgressBar progress={progress} />}
      {progress?.message && (
        <p
          role={progress.phase === "failed" ? "alert" : undefined}
          className={`text-sm ${progress.phase === "failed" ? "text-danger" : "text-fg-muted"}`}
          data-testid="upload-message"
        >
          {progress.message}
        </p>
      )}
      {progress?.registryWarning && <p className="text-xs text-warning">{progress.registryWarning}</p>}
      {progress?.phase === "cancelled" && (
        <p className="text-sm" data-testid="upload-cancelled">
          {progress.submittedRows.toLocaleString("en-US")} of {progress.totalRows.toLocaleString("en-US")} rows are in the group. The rest
          are kept in this browser: resume to send them, exactly once.
        </p>
      )}
      {progress && progress.failedRows.length > 0 && !running && <FailedRows rows={progress.failedRows} label={progress.label} />}
      {progress?.phase === "done" && <p className="text-sm">Opening the group…</p>}

      <div className="flex flex-wrap items-center gap-3">
        {running && (
          <Button type="button" onClick={() => session.cancel()} disabled={cancelling} data-testid="cancel-upload">
            {cancelling ? "Cancelling…" : "Cancel"}
          </Button>
        )}
        {!running && progress?.phase === "cancelled" && (
          <Button type="button" variant="primary" onClick={() => session.start()} data-testid="resume-upload">
            Resume
          </Button>
        )}
        {!running && progress?.phase === "failed" && progress.failedRows.length === 0 && (
          <Button type="button" variant="primary" onClick={() => session.start()} data-testid="resume-upload">
            Try again
          </Button>
        )}
        {!running && progress && progress.failedRows.length > 0 && (
          <Button type="button" variant="primary" onClick={() => void session.retryFailed()} data-testid="retry-failed-rows">
            Retry the {progress.failedRows.length.toLocaleString("en-US")} failed {progress.failedRows.length === 1 ? "row" : "rows"}
          </Button>
        )}
        {!running && progress && progress.phase !== "done" && (
          <Button
            type="button"
            onClick={() => void new IdbJournal().deleteUpload(uploadId).then(onBackToForm)}
            data-testid="discard-upload"
          >
            Discard the rest
          </Button>
        )}
        {groupLink && (
          <Link href={groupLink} className={LINK} data-testid="open-group">
            Open the group
          </Link>
        )}
      </div>
    </Card>
  );
}
