import type { BatchRecord, UploadRecord } from "./journal-types";

export type UploadPhase = "starting" | "creating_group" | "checking" | "submitting" | "cancelled" | "failed" | "done";

export interface FailedRow {
  row: number;
  message: string;
}

export interface UploadProgress {
  uploadId: string;
  label: string;
  kind: UploadRecord["kind"];
  groupId: string | null;
  phase: UploadPhase;
  totalRows: number;
  /** Rows known to exist upstream. */
  submittedRows: number;
  batchCount: number;
  batchesDone: number;
  inFlight: number;
  /** Rows per second since this session's first answer; null before it. */
  rowsPerSecond: number | null;
  /** The API asked to wait (429) until then. */
  waitUntilMs: number | null;
  /** Rows of batches that failed for good, with the reason; "Retry failed rows" sends just these. */
  failedRows: FailedRow[];
  /** The last transient problem (retrying) or the reason the upload stopped. */
  message: string | null;
  /** The registry could not record progress (the browser's journal still has it). */
  registryWarning: string | null;
}

/** The progress an upload's journal shows, without running it (a stopped upload after a reload). */
export function summarizeUpload(upload: UploadRecord, batches: BatchRecord[], phase: UploadPhase): UploadProgress {
  return {
    uploadId: upload.id,
    label: upload.label,
    kind: upload.kind,
    groupId: upload.groupId,
    phase,
    totalRows: upload.totalRows,
    submittedRows: batches.reduce((n, b) => n + b.rows.length - b.remaining.length, 0),
    batchCount: batches.length,
    batchesDone: batches.filter((b) => b.state === "done").length,
    inFlight: 0,
    rowsPerSecond: null,
    waitUntilMs: null,
    failedRows: batches
      .filter((b) => b.state === "failed")
      .flatMap((b) => b.remaining.map((row) => ({ row, message: b.error ?? "Failed" }))),
    message: null,
    registryWarning: null,
  };
}
