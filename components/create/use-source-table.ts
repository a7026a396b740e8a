"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { OutputSchema } from "../../lib/parallel/types";
import { inputConfigFor, type Draft } from "../../lib/upload/draft";
import { loadSource, saveSource } from "../../lib/upload/draft-store";
import { tooLargeNote } from "../../lib/upload/parse-source";
import { SourceWorkerClient, type ParseProgressInfo } from "../../lib/upload/source-worker-client";
import type { ParsedInfo, PreparedInfo, SourceInput } from "../../lib/upload/worker-protocol";
import type { DraftUpdate } from "./use-draft";

// Pasted text is read again once typing pauses this long.
const PASTE_PARSE_DELAY_MS = 400;
// Column edits and spec changes re-check every row; a short pause batches keystrokes.
const PREPARE_DELAY_MS = 150;

export type SourcePhase = "empty" | "reading" | "ready" | "problem";

export interface SourceTable {
  phase: SourcePhase;
  progress: ParseProgressInfo | null;
  parsed: ParsedInfo | null;
  /** The rows as they would be sent, checked; null while (re)checking the first time. */
  prepared: PreparedInfo | null;
  /** `prepared` is from an earlier setup and a fresh check is on its way. */
  preparing: boolean;
  chooseFile: (file: File) => Promise<void>;
  setPasteText: (text: string) => void;
  clearSource: () => void;
  /** Writes the upload's batches to the journal (in the worker) and returns its record. */
  worker: () => SourceWorkerClient | null;
}

/** Reads the draft's source in the parse worker and keeps the checked rows in step with the form. */
export function useSourceTable({
  draftKey,
  draft,
  update,
  loaded,
  outputSchema,
}: {
  draftKey: string;
  draft: Draft;
  update: (change: DraftUpdate) => void;
  loaded: boolean;
  outputSchema: OutputSchema;
}): SourceTable {
  const client = useRef<SourceWorkerClient | null>(null);
  const chosenFile = useRef<Blob | null>(null);
  const [parse, setParse] = useState<{ key: string; info: ParsedInfo | null; progress: ParseProgressInfo | null }>({
    key: "",
    info: null,
    progress: null,
  });
  // `parseKey` says which reading the check belongs to: while a column edit is re-checked, the last check of the same file stays on screen.
  const [prepare, setPrepare] = useState<{ key: string; parseKey: string; info: PreparedInfo | null }>({
    key: "",
    parseKey: "",
    info: null,
  });

  useEffect(() => {
    const worker = new SourceWorkerClient();
    client.current = worker;
    return () => {
      worker.terminate();
      client.current = null;
    };
  }, []);

  const source = draft.source;
  const parseKey = source
    ? JSON.stringify([source, draft.encoding, draft.hasHeader, draft.format, source.kind === "paste" ? draft.pasteText : null])
    : "";

  useEffect(() => {
    if (!loaded || !source) return;
    let live = true;
    const timer = setTimeout(
      async () => {
        const worker = client.current;
        if (!worker) return;
        const tooLarge = tooLargeNote(source.size);
        if (tooLarge) {
          setParse({
            key: parseKey,
            progress: null,
            info: { ok: false, fatal: tooLarge, notes: [], offerLatin1: false, cancelled: false },
          });
          return;
        }
        let input: SourceInput;
        if (source.kind === "paste") input = { name: null, text: draft.pasteText };
        else {
          const blob = chosenFile.current ?? (await loadSource(draftKey).catch(() => null))?.blob ?? null;
          if (!live) return;
          if (!blob) {
            setParse({
              key: parseKey,
              progress: null,
              info: {
                ok: false,
                fatal: {
                  code: "unsupported",
                  severity: "error",
                  message: `${source.name ?? "The file"} is no longer stored in this browser: choose it again.`,
                },
                notes: [],
                offerLatin1: false,
                cancelled: false,
              },
            });
            return;
          }
          chosenFile.current = blob;
          input = { name: source.name, blob };
        }
        const info = await worker
          .parse(
            input,
            { encoding: draft.encoding, hasHeader: draft.hasHeader, format: draft.format },
            (progress) => live && setParse({ key: "", info: null, progress }),
          )
          .catch((error: unknown): ParsedInfo => ({
            ok: false,
            fatal: { code: "unsupported", severity: "error", message: (error as Error).message },
            notes: [],
            offerLatin1: false,
            cancelled: false,
          }));
        if (!live || (!info.ok && info.cancelled)) return;
        setParse({ key: parseKey, info, progress: null });
        if (info.ok) {
          update((d) => {
            const next = inputConfigFor(d, info.columns, info.textRows);
            return next.fresh ? { ...d, input: next.input, inputColumns: next.inputColumns } : d;
          });
        }
      },
      source.kind === "paste" ? PASTE_PARSE_DELAY_MS : 0,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // parseKey names everything the parse depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded, parseKey]);

  const parsedInfo = parse.key === parseKey && parseKey !== "" ? parse.info : null;
  const parsedOk = parsedInfo?.ok === true;
  const prepareKey = parsedOk && draft.input ? JSON.stringify([parseKey, draft.input, outputSchema]) : "";

  useEffect(() => {
    if (!prepareKey || !draft.input) return;
    let live = true;
    const config = draft.input;
    const timer = setTimeout(() => {
      client.current
        ?.prepare(config, outputSchema)
        .then((info) => live && setPrepare({ key: prepareKey, parseKey, info }))
        .catch(() => undefined);
    }, PREPARE_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // prepareKey names everything the check depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [prepareKey]);

  const chooseFile = useCallback(
    async (file: File) => {
      chosenFile.current = file;
      // An oversized file is not copied into the browser's storage; its size alone says no.
      if (!tooLargeNote(file.size)) {
        await saveSource({ key: draftKey, name: file.name, size: file.size, lastModified: file.lastModified, blob: file }).catch(
          () => undefined,
        );
      }
      update({
        source: { kind: "file", name: file.name, size: file.size },
        inputTab: "file",
        encoding: "utf-8",
        format: null,
        input: null,
        inputColumns: null,
      });
    },
    [draftKey, update],
  );

  const setPasteText = useCallback(
    (text: string) => {
      chosenFile.current = null;
      update((d) => ({
        ...d,
        pasteText: text,
        inputTab: "paste",
        source: text.trim() ? { kind: "paste", name: null, size: new Blob([text]).size } : null,
        ...(d.source?.kind === "file" ? { input: null, inputColumns: null, format: null } : {}),
      }));
    },
    [update],
  );

  const clearSource = useCallback(() => {
    chosenFile.current = null;
    update({ source: null, input: null, inputColumns: null, pasteText: "", format: null, encoding: "utf-8" });
  }, [update]);

  const phase: SourcePhase = !source ? "empty" : !parsedInfo ? "reading" : parsedInfo.ok ? "ready" : "problem";
  const preparedFresh = prepare.key === prepareKey && prepareKey !== "";
  return {
    phase,
    progress: phase === "reading" ? parse.progress : null,
    parsed: parsedInfo,
    prepared: parsedOk && prepare.parseKey === parseKey ? prepare.info : null,
    preparing: parsedOk && !preparedFresh,
    chooseFile,
    setPasteText,
    clearSource,
    worker: () => client.current,
  };
}
