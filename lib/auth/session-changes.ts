import "server-only";
import { streamEndSignal } from "../sse/stream-end-signal";

/** A member's sessions or role changed (signed out, revoked, removed, role changed): their live streams check again. */
export const sessionChanges = streamEndSignal("__consoleSessionChanges");
