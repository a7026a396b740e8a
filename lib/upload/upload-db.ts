import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { TaskRunInput } from "../parallel/types";
import type { BatchRecord, UploadRecord } from "./journal-types";

// The browser's IndexedDB database of the create form: drafts (what the user typed and chose),
// sources (the file or pasted text, so a reload re-reads the same rows), and the upload journal.

export const UPLOAD_DB_NAME = "task-group-console-uploads";
const UPLOAD_DB_VERSION = 1;

export interface StoredSource {
  key: string;
  name: string | null;
  size: number;
  lastModified: number | null;
  blob?: Blob;
  text?: string;
}

export interface StoredDraft<T = unknown> {
  key: string;
  savedAtMs: number;
  draft: T;
}

export interface UploadDbSchema extends DBSchema {
  drafts: { key: string; value: StoredDraft };
  sources: { key: string; value: StoredSource };
  uploads: { key: string; value: UploadRecord };
  batches: { key: [string, number]; value: BatchRecord; indexes: { byUpload: string } };
  payloads: { key: [string, number]; value: { uploadId: string; index: number; inputs: TaskRunInput[] } };
}

export type UploadDb = IDBPDatabase<UploadDbSchema>;

let opening: Promise<UploadDb> | null = null;

/** One connection per page (or worker); null when the browser has no IndexedDB (some private modes). */
export function openUploadDb(): Promise<UploadDb> {
  if (typeof indexedDB === "undefined") return Promise.reject(new Error("IndexedDB is not available in this browser"));
  opening ??= openDB<UploadDbSchema>(UPLOAD_DB_NAME, UPLOAD_DB_VERSION, {
    upgrade(db) {
      db.createObjectStore("drafts", { keyPath: "key" });
      db.createObjectStore("sources", { keyPath: "key" });
      db.createObjectStore("uploads", { keyPath: "id" });
      db.createObjectStore("batches", { keyPath: ["uploadId", "index"] }).createIndex("byUpload", "uploadId");
      db.createObjectStore("payloads", { keyPath: ["uploadId", "index"] });
    },
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}
