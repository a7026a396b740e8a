"use client";

import { useCallback, useEffect, useState } from "react";
import { emptyDraft, type Draft } from "../../lib/upload/draft";
import { clearDraft, loadDraft, saveDraft } from "../../lib/upload/draft-store";

// Typing is saved a moment after it pauses; a reload loses at most this much.
const SAVE_DELAY_MS = 250;

export interface DraftState {
  loaded: boolean;
  draft: Draft;
  /** The draft came back from an earlier visit (or a reload). */
  restored: boolean;
  /** IndexedDB is not available: the form works, but a reload forgets it. */
  storageError: string | null;
  /** The user changed something since it was loaded (only then is it written back). */
  dirty: boolean;
}

export type DraftUpdate = Partial<Draft> | ((draft: Draft) => Draft);

/** The form's state, saved to IndexedDB as it changes and given back after a reload. */
export function useDraft(draftKey: string) {
  const [state, setState] = useState<DraftState>({ loaded: false, draft: emptyDraft(), restored: false, storageError: null, dirty: false });
  // The draft last written to IndexedDB: "saved" is shown when it is the one on screen.
  const [savedDraft, setSavedDraft] = useState<Draft | null>(null);

  useEffect(() => {
    let live = true;
    loadDraft(draftKey).then(
      (stored) =>
        live && setState({ loaded: true, draft: stored ?? emptyDraft(), restored: stored !== null, storageError: null, dirty: false }),
      (error: unknown) =>
        live && setState({ loaded: true, draft: emptyDraft(), restored: false, storageError: describe(error), dirty: false }),
    );
    return () => {
      live = false;
    };
  }, [draftKey]);

  useEffect(() => {
    if (!state.loaded || !state.dirty || state.storageError) return;
    const draft = state.draft;
    let saved = false;
    const save = () => {
      if (saved) return;
      saved = true;
      saveDraft(draftKey, draft).then(
        () => setSavedDraft(draft),
        (error: unknown) => setState((s) => ({ ...s, storageError: describe(error) })),
      );
    };
    const timer = setTimeout(save, SAVE_DELAY_MS);
    // Leaving the page (a reload, closing the tab) must not lose the last keystrokes.
    window.addEventListener("pagehide", save);
    return () => {
      clearTimeout(timer);
      window.removeEventListener("pagehide", save);
    };
  }, [draftKey, state.loaded, state.dirty, state.draft, state.storageError]);

  const update = useCallback((change: DraftUpdate) => {
    setState((s) => {
      const draft = typeof change === "function" ? change(s.draft) : { ...s.draft, ...change };
      return draft === s.draft ? s : { ...s, draft, dirty: true };
    });
  }, []);

  const reset = useCallback(async () => {
    await clearDraft(draftKey).catch(() => undefined);
    setState((s) => ({ ...s, draft: emptyDraft(), restored: false, dirty: false }));
  }, [draftKey]);

  return { ...state, saved: !state.dirty || savedDraft === state.draft, update, reset };
}

function describe(error: unknown): string {
  return `This browser cannot keep the form (${error instanceof Error ? error.message : String(error)}); a reload will lose it.`;
}
