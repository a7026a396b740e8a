import { randomUUID } from "node:crypto";
import { AppError } from "../http/app-error";
import type { UpstreamStream } from "../parallel/upstream-stream";
import { type FrameChunk, frameChunkOfText, SseFrameBuffer } from "./sse-frame-buffer";

export const RECONNECT_BASE_DELAY_MS = 100;
export const RECONNECT_MAX_DELAY_MS = 5_000;
export const MAX_CONSECUTIVE_FAILURES = 8;

export interface ResumableFramesOptions {
  /** Opens the same upstream stream again, resuming after `lastEventId`. */
  reopen: (lastEventId: string | null, signal: AbortSignal) => Promise<UpstreamStream>;
  /** The cursor the first request resumed from, if any. */
  initialLastEventId: string | null;
  signal: AbortSignal;
  /** Whether a clean end of the upstream body, after `last`, is the stream's normal end. */
  isNormalEnd: (last: FrameChunk | null) => boolean;
  /** False for streams that cannot resume (a run's progress replays from the start): a break ends them. */
  resumable?: boolean;
  onReconnect?: (info: { lastEventId: string | null; attempt: number; reason: string }) => void;
}

/**
 * Whole SSE events from an upstream stream; when the stream breaks before its normal end, reconnects
 * with the last event_id forwarded, so the consumer sees one stream with no gap and no duplicate.
 */
export async function* resumableFrames(first: UpstreamStream, options: ResumableFramesOptions): AsyncGenerator<FrameChunk> {
  let response: UpstreamStream | null = first;
  let lastEventId = options.initialLastEventId;
  let last: FrameChunk | null = null;
  let failures = 0;
  let reason = "";
  for (;;) {
    if (response) {
      reason = "upstream closed before the end of the stream";
      const buffer = new SseFrameBuffer();
      let broke = false;
      try {
        for await (const bytes of response.body) {
          const chunk = buffer.push(bytes);
          if (!chunk) continue;
          if (chunk.lastEventId !== null) lastEventId = chunk.lastEventId;
          if (chunk.lastEventType !== null) last = chunk;
          failures = 0;
          yield chunk;
        }
      } catch (error) {
        if (options.signal.aborted) return;
        broke = true;
        reason = `upstream stream broke: ${(error as Error).message}`;
      }
      if (!broke && !buffer.hasPartial && options.isNormalEnd(last)) return;
    }
    failures++;
    if (options.resumable === false) {
      yield errorChunk(`The upstream stream ended early and cannot be resumed: ${reason}`);
      return;
    }
    if (failures > MAX_CONSECUTIVE_FAILURES) {
      yield errorChunk(`The upstream stream failed ${MAX_CONSECUTIVE_FAILURES} times in a row: ${reason}`);
      return;
    }
    options.onReconnect?.({ lastEventId, attempt: failures, reason });
    await sleep(Math.min(RECONNECT_MAX_DELAY_MS, RECONNECT_BASE_DELAY_MS * 2 ** (failures - 1)), options.signal);
    if (options.signal.aborted) return;
    response = null;
    try {
      const next = await options.reopen(lastEventId, options.signal);
      if (next.ok) response = next;
      else if (next.status === 429 || next.status >= 500) {
        next.cancel();
        reason = `the upstream answered ${next.status}`;
      } else {
        yield errorChunk(`The upstream answered ${next.status} when the stream was resumed: ${await next.text()}`);
        return;
      }
    } catch (error) {
      if (options.signal.aborted) return;
      // An upstream that does not answer may be back soon; a redirect will not go away by asking again.
      if (error instanceof AppError && error.code === "upstream_unreachable") reason = error.message;
      else if (error instanceof AppError) {
        yield errorChunk(`The stream could not be resumed: ${error.message}`);
        return;
      }
    }
  }
}

function errorChunk(message: string): FrameChunk {
  const data = { type: "error", error: { ref_id: randomUUID(), message } };
  return frameChunkOfText(`event: error\ndata: ${JSON.stringify(data)}\n\n`);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
  });
}
