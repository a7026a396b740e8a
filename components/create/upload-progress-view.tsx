"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { IdbJournal } from "../../lib/upload/idb-journal";
import { BUTTON_PRIMARY, BUTTON_SECONDARY, LINK } from "../ui/button-styles";
import { Spinner } from "../ui/spinner";
import { FailedRows } from "./failed-rows";
import { UploadProgressBar } from "./upload-progress-bar";
import { useUploadSession } from "./use-upload-session";

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
      <section className="space-y-3 rounded-lg border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900" data-testid="upload-missing">
        <h1 className="text-lg font-semibold">{snapshot.status === "missing" ? "This upload is not in this browser" : "The upload stopped"}</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {snapshot.status === "missing" ? "Uploads resume only in the browser that started them, where their rows are kept." : snapshot.error}
        </p>
        <button type="button" className={BUTTON_SECONDARY} onClick={onBackToForm}>
          Back to the form
        </button>
      </section>
    );
  }

  const running = snapshot.status === "running";
  const cancelling = running && snapshot.cancelling;
  const groupLink = progress?.groupId ? `/groups/${encodeURIComponent(progress.groupId)}` : null;
  return (
    <section className="space-y-4 rounded-lg border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900" data-testid="upload-progress" data-phase={progress?.phase ?? "starting"} aria-live="polite">
      <div>
        <h1 className="text-lg font-semibold" data-testid="upload-title">
          {snapshot.status === "locked" ? "Running in another tab" : PHASE_TITLES[progress?.phase ?? "starting"]}
          {progress && <span className="font-normal text-zinc-500 dark:text-zinc-400"> · {progress.label}</span>}
        </h1>
        {snapshot.status === "locked" && <p className="text-sm text-zinc-600 dark:text-zinc-400">Another tab of this browser is sending this upload; follow it there, or close that tab and reload this one.</p>}
      </div>

      {progress && <UploadProgressBar progress={progress} />}
      {progress?.message && (
        <p
          role={progress.phase === "failed" ? "alert" : undefined}
          className={`text-sm ${progress.phase === "failed" ? "text-red-700 dark:text-red-400" : "text-zinc-600 dark:text-zinc-400"}`}
          data-testid="upload-message"
        >
          {progress.message}
        </p>
      )}
      {progress?.registryWarning && <p className="text-xs text-amber-700 dark:text-amber-400">{progress.registryWarning}</p>}
      {progress?.phase === "cancelled" && (
        <p className="text-sm" data-testid="upload-cancelled">
          {progress.submittedRows.toLocaleString("en-US")} of {progress.totalRows.toLocaleString("en-US")} rows are in the group. The rest are kept in this browser: resume to send them, exactly once.
        </p>
      )}
      {progress && progress.failedRows.length > 0 && !running && <FailedRows rows={progress.failedRows} label={progress.label} />}
      {progress?.phase === "done" && <p className="text-sm">Opening the group…</p>}

      <div className="flex flex-wrap items-center gap-3">
        {running && (
          <button type="button" className={BUTTON_SECONDARY} onClick={() => session.cancel()} disabled={cancelling} data-testid="cancel-upload">
            {cancelling ? "Cancelling…" : "Cancel"}
          </button>
        )}
        {!running && progress?.phase === "cancelled" && (
          <button type="button" className={BUTTON_PRIMARY} onClick={() => session.start()} data-testid="resume-upload">
            Resume
          </button>
        )}
        {!running && progress?.phase === "failed" && progress.failedRows.length === 0 && (
          <button type="button" className={BUTTON_PRIMARY} onClick={() => session.start()} data-testid="resume-upload">
            Try again
          </button>
        )}
        {!running && progress && progress.failedRows.length > 0 && (
          <button type="button" className={BUTTON_PRIMARY} onClick={() => void session.retryFailed()} data-testid="retry-failed-rows">
            Retry the {progress.failedRows.length.toLocaleString("en-US")} failed {progress.failedRows.length === 1 ? "row" : "rows"}
          </button>
        )}
        {!running && progress && progress.phase !== "done" && (
          <button
            type="button"
            className={BUTTON_SECONDARY}
            onClick={() => void new IdbJournal().deleteUpload(uploadId).then(onBackToForm)}
            data-testid="discard-upload"
          >
            Discard the rest
          </button>
        )}
        {groupLink && (
          <Link href={groupLink} className={LINK} data-testid="open-group">
            Open the group
          </Link>
        )}
      </div>
    </section>
  );
}
