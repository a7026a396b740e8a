import type { TaskRunInput } from "../parallel/types";
import type { BatchRecord, UploadJournal, UploadRecord } from "./journal-types";

/** The journal in memory: for tests, and for a browser without IndexedDB (no resume after a reload there). */
export class MemoryJournal implements UploadJournal {
  private readonly uploads = new Map<string, UploadRecord>();
  private readonly batches = new Map<string, BatchRecord>();
  private readonly payloads = new Map<string, TaskRunInput[]>();

  async getUpload(id: string) {
    return clone(this.uploads.get(id));
  }
  async listUploads() {
    return [...this.uploads.values()].map((u) => clone(u)!);
  }
  async putUpload(upload: UploadRecord) {
    this.uploads.set(upload.id, clone(upload)!);
  }
  async getBatches(uploadId: string) {
    return [...this.batches.values()]
      .filter((b) => b.uploadId === uploadId)
      .sort((a, b) => a.index - b.index)
      .map((b) => clone(b)!);
  }
  async putBatch(batch: BatchRecord) {
    this.batches.set(key(batch.uploadId, batch.index), clone(batch)!);
  }
  async getPayload(uploadId: string, index: number) {
    const inputs = this.payloads.get(key(uploadId, index));
    if (!inputs) throw new Error(`No inputs stored for batch ${index + 1} of upload ${uploadId}`);
    return clone(inputs)!;
  }
  async putPayload(uploadId: string, index: number, inputs: TaskRunInput[]) {
    this.payloads.set(key(uploadId, index), clone(inputs)!);
  }
  async deletePayloads(uploadId: string) {
    for (const k of [...this.payloads.keys()]) if (k.startsWith(`${uploadId}#`)) this.payloads.delete(k);
  }
  async deleteUpload(uploadId: string) {
    await this.deletePayloads(uploadId);
    this.uploads.delete(uploadId);
    for (const k of [...this.batches.keys()]) if (k.startsWith(`${uploadId}#`)) this.batches.delete(k);
  }
}

function key(uploadId: string, index: number): string {
  return `${uploadId}#${index}`;
}

// Copies, as IndexedDB's structured clone does, so a test cannot pass by sharing objects.
function clone<T>(value: T): T | undefined {
  return value === undefined ? undefined : structuredClone(value);
}
