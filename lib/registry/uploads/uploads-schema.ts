export const UPLOAD_KINDS = ["file", "retry"] as const;
export const UPLOAD_STATES = ["preparing", "ready", "cancelled", "failed", "done"] as const;
export const BATCH_STATES = ["pending", "sending", "done", "failed"] as const;

export type UploadsTable = {
  /** `upl_…`: also each run's `metadata.upload_id`. */
  id: string;
  group_id: string;
  kind: (typeof UPLOAD_KINDS)[number];
  label: string;
  total_rows: number;
  batch_count: number;
  state: (typeof UPLOAD_STATES)[number];
  created_at_ms: number;
  updated_at_ms: number;
};

export type UploadBatchesTable = {
  upload_id: string;
  batch_index: number;
  row_count: number;
  first_row: number;
  last_row: number;
  state: (typeof BATCH_STATES)[number];
  /** Rows of the batch known to exist upstream. */
  submitted_rows: number;
  attempts: number;
  error: string | null;
  updated_at_ms: number;
};

export type UploadTables = {
  uploads: UploadsTable;
  upload_batches: UploadBatchesTable;
};

export interface UploadBatchEntry {
  index: number;
  row_count: number;
  first_row: number;
  last_row: number;
  state: UploadBatchesTable["state"];
  submitted_rows: number;
  attempts: number;
  error: string | null;
  updated_at: string;
}

export interface UploadEntry {
  id: string;
  group_id: string;
  kind: UploadsTable["kind"];
  label: string;
  total_rows: number;
  batch_count: number;
  state: UploadsTable["state"];
  submitted_rows: number;
  batches_done: number;
  batches_failed: number;
  created_at: string;
  updated_at: string;
  batches?: UploadBatchEntry[];
}
