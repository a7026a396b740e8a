import "server-only";
import { streamEndSignal } from "../sse/stream-end-signal";

/** A share link was revoked: the live streams opened with it check again. */
export const shareLinkEnded = streamEndSignal("__consoleShareLinkEnds");
