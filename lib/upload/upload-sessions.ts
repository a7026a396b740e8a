import { browserUploadApi } from "./browser-upload-api";
import { IdbJournal } from "./idb-journal";
import type { UploadJournal } from "./journal-types";
import { clearDraft } from "./draft-store";
import { retryFailedBatches } from "./retry-failed-batches";
import { runUpload } from "./run-upload";
import { summarizeUpload, type UploadProgress } from "./upload-progress";

// The uploads this page is driving, outside React: a component that re-renders, remounts (React's
// strict mode mounts twice) or navigates away and back finds the same session instead of starting
// a second one. Across tabs, a Web Lock per upload does the same.

/** `missing`: this browser has no journal of the upload (another browser started it, or its data was cleared). */
export type SessionStatus = "opening" | "running" | "stopped" | "locked" | "missing" | "error";

export interface SessionSnapshot {
  status: SessionStatus;
  /** Cancel was pressed; requests in flight are finishing. */
  cancelling: boolean;
  progress: UploadProgress | null;
  error: string | null;
}

type Listener = () => void;

class UploadSession {
  snapshot: SessionSnapshot = { status: "opening", cancelling: false, progress: null, error: null };
  private opened = false;
  private readonly listeners = new Set<Listener>();
  private controller: AbortController | null = null;

  constructor(
    readonly uploadId: string,
    private readonly journal: UploadJournal,
  ) {}

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Called when a page shows the upload: an upload that was running when the page went away (a
   * reload, a crash) resumes by itself; a cancelled or failed one waits for the user's word.
   */
  async open(): Promise<void> {
    if (this.opened) return;
    this.opened = true;
    try {
      const upload = await this.journal.getUpload(this.uploadId);
      if (!upload || upload.state === "preparing") {
        this.set({ status: "missing" });
        return;
      }
      if (upload.state === "ready") {
        this.start();
        return;
      }
      const batches = await this.journal.getBatches(this.uploadId);
      this.set({ status: "stopped", progress: summarizeUpload(upload, batches, upload.state) });
    } catch (error) {
      this.set({ status: "error", error: error instanceof Error ? error.message : String(error) });
    }
  }

  /** Starts (or resumes) the upload unless it already runs here or in another tab. */
  start(): void {
    if (this.snapshot.status === "running") return;
    const controller = new AbortController();
    this.controller = controller;
    this.set({ status: "running", cancelling: false, error: null });
    const drive = async (held: boolean) => {
      if (!held) {
        this.set({ status: "locked" });
        return;
      }
      try {
        const final = await runUpload({
          uploadId: this.uploadId,
          journal: this.journal,
          api: browserUploadApi,
          signal: controller.signal,
          onProgress: (progress) => this.set({ progress }),
        });
        this.set({ status: "stopped", cancelling: false, progress: final });
        if (final.phase === "done") await this.forgetDraft();
      } catch (error) {
        this.set({ status: "error", error: error instanceof Error ? error.message : String(error) });
      }
    };
    const locks = typeof navigator !== "undefined" ? navigator.locks : undefined;
    if (locks) void locks.request(`task-group-console-upload:${this.uploadId}`, { ifAvailable: true }, (lock) => drive(lock !== null));
    else void drive(true);
  }

  /** No new request starts; the ones in flight finish and are journaled. */
  cancel(): void {
    if (this.snapshot.status !== "running") return;
    this.set({ cancelling: true });
    this.controller?.abort();
  }

  /** Sends the rows of failed batches again (they are known not to exist upstream). */
  async retryFailed(): Promise<void> {
    if (this.snapshot.status === "running") return;
    await retryFailedBatches(this.journal, this.uploadId);
    this.start();
  }

  /** Every row is in: the form that made them is done with. */
  private async forgetDraft(): Promise<void> {
    const upload = await this.journal.getUpload(this.uploadId).catch(() => undefined);
    if (upload?.draftKey) await clearDraft(upload.draftKey).catch(() => undefined);
  }

  private set(patch: Partial<SessionSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }
}

const sessions = new Map<string, UploadSession>();
let journal: UploadJournal | null = null;

/** The one session of an upload in this page. */
export function uploadSession(uploadId: string): UploadSession {
  journal ??= new IdbJournal();
  let session = sessions.get(uploadId);
  if (!session) {
    session = new UploadSession(uploadId, journal);
    sessions.set(uploadId, session);
  }
  return session;
}

export type { UploadSession };
