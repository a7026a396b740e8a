"use client";

import { useSyncExternalStore } from "react";
import { uploadSession, type SessionSnapshot } from "../../lib/upload/upload-sessions";

const SERVER_SNAPSHOT: SessionSnapshot = { status: "opening", cancelling: false, progress: null, error: null };

/** The live state of an upload driven by this page (see lib/upload/upload-sessions.ts). */
export function useUploadSession(uploadId: string) {
  const session = uploadSession(uploadId);
  const snapshot = useSyncExternalStore(
    (listener) => session.subscribe(listener),
    () => session.snapshot,
    () => SERVER_SNAPSHOT,
  );
  return { session, snapshot };
}
