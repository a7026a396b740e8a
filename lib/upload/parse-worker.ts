import type { OutputSchema } from "../parallel/types";
import { IdbJournal } from "./idb-journal";
import { parseSource, tooLargeNote } from "./parse-source";
import { createRowPreparer, summarizeTable } from "./prepare-rows";
import type { InputConfig, RawTable } from "./types";
import type { ParseOptions, SourceInput, WorkerRequest, WorkerResponse } from "./worker-protocol";
import { taggedMetadata, UploadWriter } from "./write-upload";

// Runs off the page's thread: a 100,000-row file is decoded, parsed, checked and written to the
// journal here while the page stays responsive.

// The page's TypeScript lib is "dom"; these are the two worker globals used here.
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
}
const scope = globalThis as unknown as WorkerScope;
let table: RawTable | null = null;
let latestParse = 0;

const post = (message: WorkerResponse) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const run =
    request.type === "parse"
      ? parse(request.id, request.source, request.options)
      : request.type === "prepare"
        ? prepare(request.id, request.config, request.outputSchema)
        : materialize(request);
  run.catch((error: unknown) => post({ type: "failed", id: request.id, message: error instanceof Error ? error.message : String(error) }));
};

async function parse(id: number, source: SourceInput, options: ParseOptions) {
  latestParse = id;
  table = null;
  const started = performance.now();
  const tooLarge = source.blob ? tooLargeNote(source.blob.size) : null;
  if (tooLarge) {
    post({ type: "parsed", id, info: { ok: false, fatal: tooLarge, notes: [], offerLatin1: false, cancelled: false } });
    return;
  }
  const input = source.blob ? new Uint8Array(await source.blob.arrayBuffer()) : (source.text ?? "");
  const totalChars = typeof input === "string" ? input.length : input.byteLength;
  const result = await parseSource(
    input,
    { fileName: source.name, ...options },
    {
      onProgress: ({ chars, rows }) => post({ type: "progress", id, chars, totalChars, rows }),
      isCancelled: () => latestParse !== id,
    },
  );
  if (latestParse !== id) {
    post({
      type: "parsed",
      id,
      info: {
        ok: false,
        fatal: { code: "unsupported", severity: "info", message: "Replaced by a newer file" },
        notes: [],
        offerLatin1: false,
        cancelled: true,
      },
    });
    return;
  }
  if (!result.ok) {
    post({
      type: "parsed",
      id,
      info: { ok: false, fatal: result.fatal, notes: result.notes, offerLatin1: result.offerLatin1, cancelled: result.cancelled === true },
    });
    return;
  }
  table = result.table;
  post({
    type: "parsed",
    id,
    info: {
      ok: true,
      format: table.format,
      columns: table.columns,
      rowCount: table.rows.length,
      textRows: table.textRows,
      notes: table.notes,
      parseMs: Math.round(performance.now() - started),
      bytes: totalChars,
    },
  });
}

async function prepare(id: number, config: InputConfig, outputSchema: OutputSchema) {
  if (!table) throw new Error("No rows are loaded");
  const started = performance.now();
  const summary = summarizeTable(table, config, outputSchema);
  post({ type: "prepared", id, info: { ...summary, prepareMs: Math.round(performance.now() - started) } });
}

async function materialize(request: Extract<WorkerRequest, { type: "materialize" }>) {
  if (!table) throw new Error("No rows are loaded");
  const preparer = createRowPreparer(table, request.config, request.outputSchema);
  if (preparer.configError) throw new Error(preparer.configError);
  const journal = new IdbJournal();
  const writer = await UploadWriter.begin(journal, { ...request.upload, defaultTaskSpec: preparer.taskSpec, processor: request.processor });
  for (const raw of table.rows) {
    const prepared = preparer.prepare(raw);
    if (prepared.issues.length > 0) {
      if (request.config.dropInvalidRows) continue;
      throw new Error(`Row ${prepared.row} has a problem: ${prepared.issues[0].message}`);
    }
    await writer.add({
      row: prepared.row,
      input: {
        processor: request.processor,
        input: prepared.input,
        metadata: taggedMetadata(null, request.upload.id, prepared.row),
        ...(request.webhook ? { webhook: request.webhook } : {}),
      },
    });
  }
  post({ type: "materialized", id: request.id, upload: await writer.seal() });
}
