import "server-only";
import type { RunStatus } from "../parallel/types";
import type { UpstreamTarget } from "../parallel/upstream.server";
import type { ConsoleDatabase } from "../registry/database-schema";
import { getGroup } from "../registry/get-group";
import { refreshGroup } from "../registry/refresh-group";
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
 * rather than a file that silently lacks runs; a group seen for the first time is imported.
 */
export async function exportGroupRuns({ db, target, groupId, format, status, q, bom, signal }: ExportGroupRunsParams): Promise<GroupExport> {
  const group = (await getGroup({ db, groupId })) ?? (await refreshGroup({ db, target, groupId, signal }));
  await completeRunCache({ db, target, groupId, signal });
  const query = { db, groupId, status, q };
  const name = group.name ?? (typeof group.metadata?.name === "string" ? group.metadata.name : null);
  return {
    filename: exportFilename({ name, groupId, format }),
    contentType: CONTENT_TYPES[format],
    body: textStream(format === "csv" ? csvLines({ ...query, bom }) : jsonlLines(query)),
  };
}
