import type { Metadata, TaskRunInput, TaskSpec } from "../parallel/types";
import type { BatchRecord, UploadJournal, UploadKind, UploadRecord } from "./journal-types";
import { BATCH_SIZE } from "./limits";

export interface NewUpload {
  id: string;
  kind: UploadKind;
  label: string;
  groupId: string | null;
  newGroupMetadata: Metadata | null;
  defaultTaskSpec: TaskSpec | null;
  processor: string;
  draftKey: string | null;
  retryOf?: string[];
}

export interface UploadItem {
  /** 1-based row number; with the upload id it names the run (`metadata.row`). */
  row: number;
  input: TaskRunInput;
}

/** `upl_` + 24 random hex digits. */
export function newUploadId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `upl_${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/** The run's metadata: its own plus the upload id and row number that make resubmission checkable. */
export function taggedMetadata(metadata: Metadata | null | undefined, uploadId: string, row: number): Metadata {
  return { ...(metadata ?? {}), upload_id: uploadId, row };
}

/**
 * Writes an upload to the journal: the record first as `preparing` (never sent; discarded if the
 * page dies now), then each batch's inputs and state, then `ready`. Only a ready upload is submitted.
 */
export class UploadWriter {
  private index = 0;
  private totalRows = 0;
  private pending: UploadItem[] = [];

  private constructor(
    private readonly journal: UploadJournal,
    private readonly record: UploadRecord,
  ) {}

  static async begin(journal: UploadJournal, upload: NewUpload, nowMs = Date.now()): Promise<UploadWriter> {
    const record: UploadRecord = {
      ...upload,
      createdAtMs: nowMs,
      updatedAtMs: nowMs,
      groupRequestSentAtMs: null,
      totalRows: 0,
      batchCount: 0,
      state: "preparing",
    };
    await journal.putUpload(record);
    return new UploadWriter(journal, record);
  }

  async add(item: UploadItem): Promise<void> {
    this.pending.push(item);
    if (this.pending.length >= BATCH_SIZE) await this.flush();
  }

  async seal(nowMs = Date.now()): Promise<UploadRecord> {
    await this.flush();
    const sealed: UploadRecord = { ...this.record, totalRows: this.totalRows, batchCount: this.index, state: "ready", updatedAtMs: nowMs };
    await this.journal.putUpload(sealed);
    return sealed;
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const items = this.pending;
    this.pending = [];
    const rows = items.map((i) => i.row);
    await this.journal.putPayload(
      this.record.id,
      this.index,
      items.map((i) => i.input),
    );
    const batch: BatchRecord = {
      uploadId: this.record.id,
      index: this.index,
      rows,
      remaining: rows,
      state: "pending",
      attempts: 0,
      sentAtMs: null,
      afterCursor: null,
      error: null,
    };
    await this.journal.putBatch(batch);
    this.index += 1;
    this.totalRows += items.length;
  }
}
