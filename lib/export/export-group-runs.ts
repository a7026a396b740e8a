import "server-only";
import type { RunStatus } from "../parallel/types";
import type { UpstreamTarget } from "../parallel/upstream.server";
import type { ConsoleDatabase } from "../registry/database-schema";
import { getGroup } from "../registry/get-group";
import { absentGroupError } from "../registry/refresh-group";
import { completeRunCache } from "./complete-run-cache";
import { csvLines } from "./csv-lines";
import { exportFilename, type ExportFormat } from "./export-filename";
import { jsonlLines } from "./jsonl-lines";
import { textStream } from "./text-stream";

export interface ExportGroupRunsParams {
  db: ConsoleDatabase;
  target: UpstreamTarget;
  groupId: string;
  format: ExportFormat;
  status?: RunStatus;
  q?: string;
  /** CSV only: start with a UTF-8 byte order mark, which Excel needs to read non-ASCII text. */
  bom?: boolean;
  /** The request's signal: a client that leaves stops the wait for the cache. */
  signal?: AbortSignal;
}

export interface GroupExport {
  filename: string;
  contentType: string;
  body: ReadableStream<Uint8Array>;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8; header=present",
  jsonl: "application/x-ndjson; charset=utf-8",
};

/**
 * Every matching run of the group with its input and output, streamed from the run cache. The cache
 * is completed first (see completeRunCache), so errors reaching the upstream are an error answer
 * rather than a file that silently lacks runs; a group not in the registry is a 404 (a GET never adds one).
 */
export async function exportGroupRuns({
  db,
  target,
  groupId,
  format,
  status,
  q,
  bom,
  signal,
}: ExportGroupRunsParams): Promise<GroupExport> {
  const group = await getGroup({ db, groupId });
  if (!group) throw await absentGroupError({ target, groupId, signal });
  await completeRunCache({ db, target, groupId, signal });
  const query = { db, groupId, status, q };
  const name = group.name ?? (typeof group.metadata?.name === "string" ? group.metadata.name : null);
  return {
    filename: exportFilename({ name, groupId, format }),
    contentType: CONTENT_TYPES[format],
    body: textStream(format === "csv" ? csvLines({ ...query, bom }) : jsonlLines(query)),
  };
}
