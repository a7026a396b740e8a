import { z } from "zod";
import { RUN_STATUSES, type TaskRun, type TaskRunInput, type TaskRunOutput } from "../parallel/types";
import { groupUrl, type GroupParams } from "./group";
import { searchOf, type UrlQuery } from "./search-params";

// GET /api/groups/{id}/runs: a page of the group's runs from the run cache.

export { groupParamsSchema as groupRunsParamsSchema } from "./group";

/** The page sizes the runs table offers; API callers may ask any limit up to the largest. */
export const RUNS_PAGE_SIZES = [25, 50, 100, 250, 500] as const;
export type RunsPageSize = (typeof RUNS_PAGE_SIZES)[number];
export const DEFAULT_RUNS_PAGE_SIZE: RunsPageSize = 50;
export const MAX_RUNS_PAGE_SIZE: RunsPageSize = 500;

export const RUN_FIELDS = ["input", "output"] as const;

export const runsQuerySchema = z.object({
  status: z.enum(RUN_STATUSES).optional(),
  q: z.string().trim().max(200).optional(),
  cursor: z.string().max(1_000).optional(),
  /** For page-number links: rows to skip (ignored with a cursor). */
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(MAX_RUNS_PAGE_SIZE).default(DEFAULT_RUNS_PAGE_SIZE),
  /** `fields=input,output`: which large parts of each run to include (neither by default). */
  fields: z
    .string()
    .optional()
    .transform((text) =>
      text
        ? text
            .split(",")
            .map((f) => f.trim())
            .filter(Boolean)
        : [],
    )
    .pipe(z.array(z.enum(RUN_FIELDS, { error: `must be a comma-separated list of ${RUN_FIELDS.join(", ")}` })))
    .transform((list) => ({ input: list.includes("input"), output: list.includes("output") })),
});
/** @public Part of the endpoint's contract, for callers to type their requests. */
export type RunsQuery = z.input<typeof runsQuerySchema>;

export interface CachedRun {
  run: TaskRun;
  input?: TaskRunInput | null;
  output?: TaskRunOutput | null;
}

export interface IngestionProgress {
  /** A pass over the upstream runs stream finished and no newer run has arrived since. */
  complete: boolean;
  ingested: number;
  /** Nothing about these runs can change any more: served without asking the upstream. */
  final: boolean;
  running: boolean;
  /** Why the last ingestion failed, until one succeeds. */
  error: string | null;
}

export interface RunsPage {
  items: CachedRun[];
  /**
   * Continue after the last item. Also given when this page is short because ingestion is still
   * running (ask again later with it); null once every cached match was returned and ingestion is complete.
   */
  nextCursor: string | null;
  /** Matching runs cached so far. */
  total: number;
  ingestion: IngestionProgress;
}

/** `fields` as sent: "input", "output" or "input,output". */
export type RunsUrlQuery = UrlQuery<Omit<z.output<typeof runsQuerySchema>, "fields"> & { fields: string }>;

export function groupRunsUrl(params: GroupParams, query: RunsUrlQuery = {}): string {
  return `${groupUrl(params)}/runs${searchOf(query)}`;
}
