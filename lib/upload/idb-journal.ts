import type { TaskRunInput } from "../parallel/types";
import type { BatchRecord, UploadJournal, UploadRecord } from "./journal-types";
import { openUploadDb } from "./upload-db";

// Flushed to disk before the write resolves, so even a crash of the browser or the machine keeps it.
const STRICT = { durability: "strict" } as const;

/**
 * The upload journal in IndexedDB. Every write is its own transaction and resolves only once it is
 * committed, so "sending" is on disk before the request leaves and survives a crash right after.
 */
export class IdbJournal implements UploadJournal {
  async getUpload(id: string) {
    return (await openUploadDb()).get("uploads", id);
  }
  async listUploads() {
    return (await openUploadDb()).getAll("uploads");
  }
  async putUpload(upload: UploadRecord) {
    const tx = (await openUploadDb()).transaction("uploads", "readwrite", STRICT);
    await Promise.all([tx.store.put(upload), tx.done]);
  }
  async getBatches(uploadId: string) {
    const batches = await (await openUploadDb()).getAllFromIndex("batches", "byUpload", uploadId);
    return batches.sort((a, b) => a.index - b.index);
  }
  async putBatch(batch: BatchRecord) {
    const tx = (await openUploadDb()).transaction("batches", "readwrite", STRICT);
    await Promise.all([tx.store.put(batch), tx.done]);
  }
  async getPayload(uploadId: string, index: number) {
    const stored = await (await openUploadDb()).get("payloads", [uploadId, index]);
    if (!stored) throw new Error(`The inputs of batch ${index + 1} are no longer stored in this browser`);
    return stored.inputs;
  }
  async putPayload(uploadId: string, index: number, inputs: TaskRunInput[]) {
    await (await openUploadDb()).put("payloads", { uploadId, index, inputs });
  }
  async deletePayloads(uploadId: string) {
    const db = await openUploadDb();
    await db.delete("payloads", IDBKeyRange.bound([uploadId, -Infinity], [uploadId, Infinity]));
  }
  async deleteUpload(uploadId: string) {
    const db = await openUploadDb();
    const tx = db.transaction(["uploads", "batches", "payloads"], "readwrite");
    const range = IDBKeyRange.bound([uploadId, -Infinity], [uploadId, Infinity]);
    await Promise.all([
      tx.objectStore("uploads").delete(uploadId),
      tx.objectStore("batches").delete(range),
      tx.objectStore("payloads").delete(range),
      tx.done,
    ]);
  }
}
