import type { Metadata, TaskRunInput, TaskSpec } from "../parallel/types";

export interface AddRunsBody {
  inputs: TaskRunInput[];
  default_task_spec?: TaskSpec | null;
}

/** What one add-runs request proved. */
export type AddRunsOutcome =
  | { kind: "ok"; runIds: string[]; runCursor: string | null }
  /** 429: nothing was created; wait and send again. */
  | { kind: "rate_limited"; retryAfterMs: number | null; message: string }
  /** A 4xx other than 429: nothing was created and sending it again will not help. */
  | { kind: "rejected"; status: number; message: string }
  /** No answer, or a 5xx: the runs may or may not exist. */
  | { kind: "unknown"; retryAfterMs: number | null; message: string };

export interface RegistryBatch {
  index: number;
  rowCount: number;
  firstRow: number;
  lastRow: number;
  /** The journal's outcome so far. */
  state: string;
  submittedRows: number;
  attempts: number;
}

/** The network side of an upload, injected so the engine runs against fakes in tests. */
export interface UploadApi {
  createGroup(metadata: Metadata): Promise<string>;
  /** The group a lost create-group answer created, found by `metadata.upload_id`; null if there is none. */
  findGroupOfUpload(uploadId: string): Promise<string | null>;
  addRuns(groupId: string, body: AddRunsBody): Promise<AddRunsOutcome>;
  /** Row numbers (`metadata.row`) of the group's runs whose `metadata.upload_id` is `uploadId`, read from the runs stream after `afterCursor`. */
  readUploadRows(groupId: string, uploadId: string, afterCursor: string | null): Promise<Set<number>>;
  /** Best effort: the registry's copy of the upload and of each batch outcome. */
  registerUpload(record: {
    id: string;
    groupId: string;
    kind: string;
    label: string;
    totalRows: number;
    batches: RegistryBatch[];
  }): Promise<void>;
  recordBatch(
    uploadId: string,
    index: number,
    outcome: { state: string; submittedRows: number; attempts: number; error: string | null },
  ): Promise<void>;
  recordUploadState(uploadId: string, state: string): Promise<void>;
}
