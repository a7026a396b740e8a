import { abortableSleep } from "./abortable-sleep";
import type { BatchRecord, BatchState, UploadJournal, UploadRecord } from "./journal-types";
import { SUBMIT_CONCURRENCY } from "./limits";
import { backoffMs } from "./retry-after";
import type { AddRunsOutcome, UploadApi } from "./upload-api";
import { summarizeUpload, type UploadPhase, type UploadProgress } from "./upload-progress";

/**
 * Submits an upload's batches exactly once, resuming from the journal.
 *
 * The rule that keeps every row exactly once: a batch's rows are sent again only when the last
 * answer proved nothing was created (429, 4xx) or after the group's runs stream showed which of
 * them exist. "sending" is journaled before every POST, so after a reload or a crash an unanswered
 * batch is found in that state and checked the same way.
 */

export interface RunUploadOptions {
  uploadId: string;
  journal: UploadJournal;
  api: UploadApi;
  onProgress?: (progress: UploadProgress) => void;
  /** Cancel: no new request starts; requests in flight finish and are journaled. */
  signal?: AbortSignal;
  concurrency?: number;
  /** How long after an unanswered request its runs are looked for (a request may still be landing). */
  settleMs?: number;
  /** Sends of one batch whose outcome stayed unknown before it is marked failed. */
  maxAttempts?: number;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export const AMBIGUOUS_SETTLE_MS = 5_000;
export const MAX_UNKNOWN_ATTEMPTS = 8;

export async function runUpload(options: RunUploadOptions): Promise<UploadProgress> {
  const { uploadId, journal, api, signal } = options;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? abortableSleep;
  const settleMs = options.settleMs ?? AMBIGUOUS_SETTLE_MS;
  const maxAttempts = options.maxAttempts ?? MAX_UNKNOWN_ATTEMPTS;
  const cancelled = () => signal?.aborted === true;

  const stored = await journal.getUpload(uploadId);
  if (!stored) throw new Error(`Upload ${uploadId} is not in this browser's journal`);
  const upload: UploadRecord = stored;
  const batches = await journal.getBatches(uploadId);

  let phase: UploadPhase = "starting";
  let inFlight = 0;
  let message: string | null = null;
  let registryWarning: string | null = null;
  let gateUntilMs = 0;
  let sessionStartMs: number | null = null;
  let sessionRows = 0;
  let lastAnsweredCursor: string | null = null;

  const progress = (): UploadProgress => {
    const elapsedS = sessionStartMs === null ? 0 : (now() - sessionStartMs) / 1_000;
    return {
      ...summarizeUpload(upload, batches, phase),
      inFlight,
      rowsPerSecond: sessionStartMs === null || elapsedS <= 0 ? null : sessionRows / elapsedS,
      waitUntilMs: gateUntilMs > now() ? gateUntilMs : null,
      message,
      registryWarning,
    };
  };
  const emit = () => options.onProgress?.(progress());

  // Registry writes go one after the other so a late "sending" never overwrites a "done".
  let registryChain: Promise<void> = Promise.resolve();
  const toRegistry = (write: () => Promise<void>) => {
    registryChain = registryChain
      .then(write)
      .then(() => {
        if (registryWarning) {
          registryWarning = null;
          emit();
        }
      })
      .catch((error: unknown) => {
        registryWarning = `The console could not record this upload's progress (${errorText(error)}); this browser keeps it and the upload goes on.`;
        emit();
      });
  };
  const recordBatch = (batch: BatchRecord) => {
    const outcome = { state: batch.state, submittedRows: batch.rows.length - batch.remaining.length, attempts: batch.attempts, error: batch.error };
    toRegistry(() => api.recordBatch(uploadId, batch.index, outcome));
  };
  const saveBatch = async (batch: BatchRecord) => {
    await journal.putBatch(batch);
    recordBatch(batch);
    emit();
  };
  const saveUpload = async () => {
    upload.updatedAtMs = now();
    await journal.putUpload(upload);
  };
  const settle = async (sentAtMs: number | null) => {
    const wait = (sentAtMs ?? 0) + settleMs - now();
    if (wait > 0) await sleep(wait, signal);
  };

  const finish = async (final: UploadPhase, why: string | null = message): Promise<UploadProgress> => {
    phase = final;
    message = why;
    if (final === "done") {
      upload.state = "done";
      await saveUpload();
      await journal.deletePayloads(uploadId);
    } else {
      upload.state = final === "cancelled" ? "cancelled" : "failed";
      await saveUpload();
    }
    toRegistry(() => api.recordUploadState(uploadId, upload.state));
    await registryChain;
    emit();
    return progress();
  };

  if (upload.state === "done") return finish("done", null);
  emit();

  // 1. The group: created by this upload unless it adds to one. A lost answer is looked for first.
  while (!upload.groupId) {
    if (cancelled()) return finish("cancelled");
    phase = "creating_group";
    emit();
    try {
      if (upload.groupRequestSentAtMs !== null) {
        await settle(upload.groupRequestSentAtMs);
        const found = await api.findGroupOfUpload(uploadId);
        if (found) {
          upload.groupId = found;
          await saveUpload();
          break;
        }
      }
      upload.groupRequestSentAtMs = now();
      await saveUpload();
      upload.groupId = await api.createGroup(upload.newGroupMetadata ?? {});
      await saveUpload();
    } catch (error) {
      if (isDefiniteRejection(error)) return finish("failed", `The group could not be created: ${errorText(error)}`);
      message = `Creating the group: ${errorText(error)}; trying again`;
      emit();
      await sleep(backoffMs(2), signal);
    }
  }
  const groupId = upload.groupId;
  upload.state = "ready";
  await saveUpload();
  toRegistry(() =>
    api.registerUpload({
      id: uploadId,
      groupId,
      kind: upload.kind,
      label: upload.label,
      totalRows: upload.totalRows,
      // The journal's outcomes go along: a reload drops the registry writes still queued in the page it left.
      batches: batches.map((b) => ({
        index: b.index,
        rowCount: b.rows.length,
        firstRow: b.rows[0] ?? 0,
        lastRow: b.rows[b.rows.length - 1] ?? 0,
        state: b.state,
        submittedRows: b.rows.length - b.remaining.length,
        attempts: b.attempts,
      })),
    }),
  );
  // Registration carries no error texts (they would make it large); failed batches send theirs.
  for (const batch of batches) if (batch.state === "failed") recordBatch(batch);

  // 2. Batches a previous session sent without hearing back: one read of the runs stream settles them all.
  const unknown = batches.filter((b) => b.state === "sending");
  if (unknown.length > 0) {
    phase = "checking";
    emit();
    const settled = await resolveUnknown(unknown);
    if (!settled) return finish("cancelled");
  }

  // 3. Everything not yet in, a few requests at a time.
  phase = "submitting";
  message = null;
  emit();
  const queue = batches.filter((b) => b.state === "pending" || b.state === "sending");
  const worker = async () => {
    for (let batch = queue.shift(); batch && !cancelled(); batch = queue.shift()) await drive(batch);
  };
  await Promise.all(Array.from({ length: options.concurrency ?? SUBMIT_CONCURRENCY }, worker));

  if (batches.some((b) => b.state === "pending" || b.state === "sending")) return finish("cancelled", "Cancelled: the rows not yet sent are kept; resume to send them.");
  const failed = batches.filter((b) => b.state === "failed");
  if (failed.length > 0) {
    const rows = failed.reduce((n, b) => n + b.remaining.length, 0);
    return finish("failed", `${rows.toLocaleString("en-US")} ${rows === 1 ? "row was" : "rows were"} not accepted.`);
  }
  return finish("done", null);

  /** Reads which rows exist and shrinks each batch to the rest; false when cancelled first. */
  async function resolveUnknown(pending: BatchRecord[]): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      if (cancelled()) return false;
      await settle(Math.max(...pending.map((b) => b.sentAtMs ?? 0)));
      if (cancelled()) return false;
      const cursors = new Set(pending.map((b) => b.afterCursor));
      const after = cursors.size === 1 ? [...cursors][0] : null;
      let present: Set<number>;
      try {
        present = await api.readUploadRows(groupId, uploadId, after);
      } catch (error) {
        message = `Checking which rows already exist: ${errorText(error)}; trying again`;
        emit();
        await sleep(backoffMs(attempt), signal);
        continue;
      }
      for (const batch of pending) {
        batch.remaining = batch.remaining.filter((row) => !present.has(row));
        batch.state = batch.remaining.length === 0 ? "done" : "pending";
        await saveBatch(batch);
      }
      return true;
    }
  }

  async function drive(batch: BatchRecord): Promise<void> {
    for (;;) {
      if (batch.state === "done" || batch.state === "failed") return;
      if (batch.state === "sending") {
        if (!(await resolveUnknown([batch]))) return;
        // resolveUnknown changed the state; TypeScript still sees "sending".
        if ((batch.state as BatchState) === "done") return;
        if (batch.attempts >= maxAttempts) {
          batch.state = "failed";
          batch.error = `No answer after ${batch.attempts} attempts (${message ?? "unknown error"})`;
          await saveBatch(batch);
          return;
        }
      }
      while (gateUntilMs > now() && !cancelled()) {
        emit();
        await sleep(gateUntilMs - now(), signal);
      }
      if (cancelled()) return;

      let inputs;
      try {
        const payload = await journal.getPayload(uploadId, batch.index);
        const wanted = new Set(batch.remaining);
        inputs = payload.filter((_, i) => wanted.has(batch.rows[i]));
      } catch (error) {
        batch.state = "failed";
        batch.error = errorText(error);
        await saveBatch(batch);
        return;
      }
      const sentRows = [...batch.remaining];
      batch.state = "sending";
      batch.attempts += 1;
      batch.sentAtMs = now();
      batch.afterCursor = lastAnsweredCursor;
      batch.error = null;
      await saveBatch(batch);

      inFlight++;
      emit();
      let outcome: AddRunsOutcome;
      try {
        outcome = await api.addRuns(groupId, { inputs, ...(upload.defaultTaskSpec ? { default_task_spec: upload.defaultTaskSpec } : {}) });
      } catch (error) {
        outcome = { kind: "unknown", retryAfterMs: null, message: errorText(error) };
      } finally {
        inFlight--;
      }

      switch (outcome.kind) {
        case "ok":
          sessionStartMs ??= batch.sentAtMs;
          sessionRows += batch.remaining.length;
          batch.remaining = [];
          batch.state = "done";
          if (outcome.runCursor !== null) lastAnsweredCursor = outcome.runCursor;
          message = null;
          await saveBatch(batch);
          return;
        case "rate_limited":
          // Nothing was created: the same rows go again once the API allows.
          batch.state = "pending";
          gateUntilMs = Math.max(gateUntilMs, now() + (outcome.retryAfterMs ?? backoffMs(batch.attempts)));
          message = outcome.message;
          await saveBatch(batch);
          break;
        case "rejected":
          batch.state = "failed";
          // The API names inputs by their index in the request; the user knows rows.
          batch.error = outcome.message.replace(/inputs\[(\d+)\]/g, (text, i: string) => (sentRows[Number(i)] === undefined ? text : `row ${sentRows[Number(i)]}`));
          await saveBatch(batch);
          return;
        case "unknown":
          // Stays "sending": the next turn reads the runs stream before sending anything again.
          message = `${outcome.message}; checking and trying again`;
          emit();
          await sleep(outcome.retryAfterMs ?? backoffMs(batch.attempts), signal);
          break;
      }
    }
  }
}

function isDefiniteRejection(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" && status >= 400 && status < 500 && status !== 408 && status !== 429;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
