import type { BatchRecord, UploadJournal, UploadRecord } from "./journal-types";
import { RegistryQueue } from "./registry-queue";
import type { UploadApi } from "./upload-api";
import { summarizeUpload, type UploadPhase, type UploadProgress } from "./upload-progress";

export interface SessionSettings {
  journal: UploadJournal;
  api: UploadApi;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
  concurrency: number;
  settleMs: number;
  maxAttempts: number;
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * What one session of an upload holds while it runs: the journal's records (changed in place and
 * written back after each change), what the progress shows, and the registry's write queue.
 */
export class UploadSessionContext {
  phase: UploadPhase = "starting";
  /** The last transient problem (retrying) or why the upload stopped. */
  message: string | null = null;
  inFlight = 0;
  /** No request starts before then: the API answered 429. */
  holdUntilMs = 0;
  /** The newest run cursor answered in this session. */
  lastAnsweredCursor: string | null = null;
  readonly registry = new RegistryQueue(() => this.emit());
  private sessionStartMs: number | null = null;
  private sessionRows = 0;

  private constructor(
    readonly upload: UploadRecord,
    readonly batches: BatchRecord[],
    readonly settings: SessionSettings,
  ) {}

  static async open(uploadId: string, settings: SessionSettings): Promise<UploadSessionContext> {
    const upload = await settings.journal.getUpload(uploadId);
    if (!upload) throw new Error(`Upload ${uploadId} is not in this browser's journal`);
    return new UploadSessionContext(upload, await settings.journal.getBatches(uploadId), settings);
  }

  /** The upload's group: known in every step after "creating_group". */
  get groupId(): string {
    if (!this.upload.groupId) throw new Error(`Upload ${this.upload.id} has no group yet`);
    return this.upload.groupId;
  }

  /** Batches sent without an answer heard (by an earlier session, or one that lost its answer). */
  unknownBatches(): BatchRecord[] {
    return this.batches.filter((b) => b.state === "sending");
  }

  cancelled(): boolean {
    return this.settings.signal?.aborted === true;
  }

  sleep(ms: number): Promise<void> {
    return this.settings.sleep(ms, this.settings.signal);
  }

  /** Waits until `settleMs` after a request whose answer was lost: it may still be landing. */
  async settle(sentAtMs: number | null): Promise<void> {
    const waitMs = (sentAtMs ?? 0) + this.settings.settleMs - this.settings.now();
    if (waitMs > 0) await this.sleep(waitMs);
  }

  progress(): UploadProgress {
    const now = this.settings.now();
    const elapsedS = this.sessionStartMs === null ? 0 : (now - this.sessionStartMs) / 1_000;
    return {
      ...summarizeUpload(this.upload, this.batches, this.phase),
      inFlight: this.inFlight,
      rowsPerSecond: this.sessionStartMs === null || elapsedS <= 0 ? null : this.sessionRows / elapsedS,
      waitUntilMs: this.holdUntilMs > now ? this.holdUntilMs : null,
      message: this.message,
      registryWarning: this.registry.warning,
    };
  }

  emit(): void {
    this.settings.onProgress?.(this.progress());
  }

  /** Rows the upstream accepted, for the rate shown: counted from this session's first answered send. */
  countAccepted(rows: number, sentAtMs: number | null): void {
    this.sessionStartMs ??= sentAtMs;
    this.sessionRows += rows;
  }

  async saveUpload(): Promise<void> {
    this.upload.updatedAtMs = this.settings.now();
    await this.settings.journal.putUpload(this.upload);
  }

  /** Journals the batch, then queues its outcome for the registry. */
  async saveBatch(batch: BatchRecord): Promise<void> {
    await this.settings.journal.putBatch(batch);
    this.recordBatch(batch);
    this.emit();
  }

  recordBatch(batch: BatchRecord): void {
    const outcome = {
      state: batch.state,
      submittedRows: batch.rows.length - batch.remaining.length,
      attempts: batch.attempts,
      error: batch.error,
    };
    this.registry.push(() => this.settings.api.recordBatch(this.upload.id, batch.index, outcome));
  }
}
