import type { Metadata, TaskRunInput, TaskSpec } from "../parallel/types";

// The upload journal: what is written before and after every request, so a reload or a crash
// resumes exactly where it stopped. Kept in IndexedDB in the browser (idb-journal.ts) and in
// memory in tests (memory-journal.ts); the registry gets a copy of each outcome (/api/uploads).

export type UploadKind = "file" | "retry";

/** `preparing`: inputs are being written, nothing was sent (an upload found in this state is discarded). */
export type UploadState = "preparing" | "ready" | "cancelled" | "failed" | "done";

export interface UploadRecord {
  /** `upl_` + 24 hex; every run carries it as `metadata.upload_id`. */
  id: string;
  kind: UploadKind;
  /** What the user calls it: the file name, "Pasted rows", "Retry of 12 failed runs". */
  label: string;
  createdAtMs: number;
  updatedAtMs: number;
  /** Null until the group exists: a new group is created by the upload itself. */
  groupId: string | null;
  /** For a new group: the metadata to create it with (its `upload_id` finds it again if the answer is lost). */
  newGroupMetadata: Metadata | null;
  /** When the create-group request was sent; set means "look for it before creating another". */
  groupRequestSentAtMs: number | null;
  /** Sent as `default_task_spec` with every batch (null: each input carries its own, as retries do). */
  defaultTaskSpec: TaskSpec | null;
  /** The processor chosen, for display ("mixed" when retries keep each run's own). */
  processor: string;
  totalRows: number;
  batchCount: number;
  state: UploadState;
  /** The form draft this upload came from, cleared once every row is in. */
  draftKey: string | null;
  /** For a retry: the failed runs it resubmits, so no other retry (in any tab) picks them again. */
  retryOf?: string[];
}

export type BatchState = "pending" | "sending" | "done" | "failed";

export interface BatchRecord {
  uploadId: string;
  index: number;
  /** 1-based data row numbers of the batch, in payload order. */
  rows: number[];
  /** Rows not yet known to exist upstream: what a resend may contain. */
  remaining: number[];
  /**
   * `sending` is written before each POST and replaced when the answer arrives. Found on resume,
   * or left by an answer that proves nothing (a network error, a 5xx), it means "outcome unknown":
   * the group's runs are read to see which rows exist before anything is sent again.
   */
  state: BatchState;
  attempts: number;
  sentAtMs: number | null;
  /**
   * The `run_cursor` of a batch answered before this one was sent: this batch's runs can only come
   * after it in the runs stream, so an unknown outcome is checked from there, not from the start.
   */
  afterCursor: string | null;
  error: string | null;
}

export interface UploadJournal {
  getUpload(id: string): Promise<UploadRecord | undefined>;
  listUploads(): Promise<UploadRecord[]>;
  putUpload(upload: UploadRecord): Promise<void>;
  getBatches(uploadId: string): Promise<BatchRecord[]>;
  putBatch(batch: BatchRecord): Promise<void>;
  /** The inputs of a batch, in the order of `BatchRecord.rows`. */
  getPayload(uploadId: string, index: number): Promise<TaskRunInput[]>;
  putPayload(uploadId: string, index: number, inputs: TaskRunInput[]): Promise<void>;
  /** Drops the upload's inputs (kept until every row is in); the upload and batch records stay as history. */
  deletePayloads(uploadId: string): Promise<void>;
  deleteUpload(uploadId: string): Promise<void>;
}
