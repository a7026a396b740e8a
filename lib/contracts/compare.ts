import { z } from "zod";
import type { FieldFigures } from "../compare/field-figures";
import type { GroupFigures } from "../compare/group-figures";
import { MATCH_MODES, type MatchBy } from "../compare/match-key";
import type { RunStatus, TaskRunOutput } from "../parallel/types";
import { groupIdSchema } from "./group";
import { searchOf, type UrlQuery } from "./search-params";

// GET /api/compare (figures), /api/compare/rows (matched rows, paged), /api/compare/export (CSV):
// two or three groups run on the same inputs, side by side.

export const MIN_COMPARED_GROUPS = 2;
export const MAX_COMPARED_GROUPS = 3;
export const DEFAULT_COMPARE_ROWS_PAGE_SIZE = 50;
export const MAX_COMPARE_ROWS_PAGE_SIZE = 200;
/** Input keys and output fields are names, not paths: letters, digits, `_`, `-`, spaces. */
const FIELD_NAME = /^[\w -]{1,100}$/;
const fieldNameSchema = z.string().regex(FIELD_NAME, "must be a field name: 1 to 100 letters, digits, _, - or spaces");

export const compareGroupsSchema = z
  .string()
  .transform((text) => text.split(",").map((id) => id.trim()))
  .pipe(
    z
      .array(groupIdSchema)
      .min(MIN_COMPARED_GROUPS, `must name ${MIN_COMPARED_GROUPS} or ${MAX_COMPARED_GROUPS} groups, comma-separated`)
      .max(MAX_COMPARED_GROUPS, `must name ${MIN_COMPARED_GROUPS} or ${MAX_COMPARED_GROUPS} groups, comma-separated`)
      .refine((ids) => new Set(ids).size === ids.length, "must name each group once"),
  );

const matchQuerySchema = z.object({
  groups: compareGroupsSchema,
  /** `source` (a sample's source run, the default), `row` (upload row) or `field` (an input field, named in `by`). */
  match: z.enum(MATCH_MODES).default("source"),
  by: fieldNameSchema.optional(),
});

function toMatchBy({ match, by }: { match: (typeof MATCH_MODES)[number]; by?: string }, ctx: z.RefinementCtx): MatchBy {
  if (match !== "field") return { mode: match };
  if (!by) {
    ctx.addIssue({ code: "custom", path: ["by"], message: "is required with match=field: the input field to match rows by" });
    return z.NEVER;
  }
  return { mode: "field", field: by };
}

export const compareQuerySchema = matchQuerySchema.transform((query, ctx) => ({ groups: query.groups, matchBy: toMatchBy(query, ctx) }));
export type CompareQuery = z.input<typeof matchQuerySchema>;

export const COMPARE_ROW_FILTERS = ["all", "disagreements"] as const;

export const compareRowsQuerySchema = matchQuerySchema
  .extend({
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(MAX_COMPARE_ROWS_PAGE_SIZE).default(DEFAULT_COMPARE_ROWS_PAGE_SIZE),
    show: z.enum(COMPARE_ROW_FILTERS).default("all"),
    /** Only this output field counts for `show=disagreements` and `low`. */
    field: fieldNameSchema.optional(),
    /** Only rows where this group (its position in `groups`, from 0) has a low-confidence answer. */
    low: z.coerce
      .number()
      .int()
      .min(0)
      .max(MAX_COMPARED_GROUPS - 1)
      .optional(),
  })
  .transform((query, ctx) => ({ ...query, matchBy: toMatchBy(query, ctx) }));
/** The rows query as sent: numbers may be given as numbers. */
export type CompareRowsQuery = Omit<z.input<typeof compareRowsQuerySchema>, "limit" | "low"> & { limit?: number; low?: number };

export interface ComparedGroup {
  id: string;
  name: string | null;
  processors: string[];
  figures: GroupFigures;
  /** Every run of the group is cached and none can change: the figures are final. */
  final: boolean;
}

export interface CompareFigures {
  groups: ComparedGroup[];
  /** Rows every group has (by the chosen match). */
  matched: number;
  fields: FieldFigures[];
  /** Identifies the cached runs the figures were computed from. */
  version: string;
  computedAt: string;
}

export interface ComparedRun {
  runId: string;
  status: RunStatus;
  output: TaskRunOutput | null;
}

export interface CompareRow {
  key: string;
  /** One per group, in the comparison's order. */
  runs: ComparedRun[];
  /** Output fields whose answers differ after normalising. */
  differing: string[];
}

export interface CompareRowsPage {
  items: CompareRow[];
  nextCursor: string | null;
  /** Matched rows looked at to fill this page (filters skip some). */
  scanned: number;
}

export function compareUrl(query: UrlQuery<CompareQuery>): string {
  return `/api/compare${searchOf(query)}`;
}

export function compareRowsUrl(query: UrlQuery<CompareRowsQuery>): string {
  return `/api/compare/rows${searchOf(query)}`;
}

export function compareExportUrl(query: UrlQuery<CompareQuery>): string {
  return `/api/compare/export${searchOf(query)}`;
}
