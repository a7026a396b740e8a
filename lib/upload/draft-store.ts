import type { Draft } from "./draft";
import { openUploadDb, type StoredSource } from "./upload-db";

// The create form's draft and its source in IndexedDB, keyed by what the form creates: "new" for a
// new group, "group:<id>" for runs added to one.

export function draftKeyFor(groupId: string | null): string {
  return groupId ? `group:${groupId}` : "new";
}

export async function loadDraft(key: string): Promise<Draft | null> {
  const stored = await (await openUploadDb()).get("drafts", key);
  return stored && (stored.draft as Draft).version === 1 ? (stored.draft as Draft) : null;
}

export async function saveDraft(key: string, draft: Draft): Promise<void> {
  await (await openUploadDb()).put("drafts", { key, savedAtMs: Date.now(), draft });
}

export async function loadSource(key: string): Promise<StoredSource | null> {
  return (await (await openUploadDb()).get("sources", key)) ?? null;
}

export async function saveSource(source: StoredSource): Promise<void> {
  await (await openUploadDb()).put("sources", source);
}

/** Forgets the form: after its rows are all in, or when the user starts over. */
export async function clearDraft(key: string): Promise<void> {
  const db = await openUploadDb();
  const tx = db.transaction(["drafts", "sources"], "readwrite");
  await Promise.all([tx.objectStore("drafts").delete(key), tx.objectStore("sources").delete(key), tx.done]);
}
