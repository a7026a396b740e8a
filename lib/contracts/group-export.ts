import { z } from "zod";
import { RUN_STATUSES } from "../parallel/types";
import { groupUrl, type GroupParams } from "./group";
import { searchOf, type UrlQuery } from "./search-params";

// GET /api/groups/{id}/export: every matching run with input and output, streamed as a CSV or JSONL file.

export { groupParamsSchema as groupExportParamsSchema } from "./group";

export const EXPORT_FORMATS = ["csv", "jsonl"] as const;

export const exportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS).default("csv"),
  status: z.enum(RUN_STATUSES).optional(),
  q: z.string().trim().max(200).optional(),
  /** `bom=1`: a CSV Excel opens as UTF-8. */
  bom: z
    .enum(["0", "1", "true", "false"])
    .optional()
    .transform((value) => value === "1" || value === "true"),
});
export type ExportQuery = z.input<typeof exportQuerySchema>;

export function groupExportUrl(params: GroupParams, query: UrlQuery<ExportQuery> = {}): string {
  return `${groupUrl(params)}/export${searchOf(query)}`;
}
