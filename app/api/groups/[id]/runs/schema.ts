import { z } from "zod";
import { RUN_STATUSES } from "@/lib/parallel/types";
import { DEFAULT_RUNS_PAGE_SIZE, MAX_RUNS_PAGE_SIZE } from "@/lib/run-cache/get-runs-page";

const FIELDS = ["input", "output"] as const;

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
    .transform((text) => (text ? text.split(",").map((f) => f.trim()).filter(Boolean) : []))
    .pipe(z.array(z.enum(FIELDS, { error: `must be a comma-separated list of ${FIELDS.join(", ")}` })))
    .transform((list) => ({ input: list.includes("input"), output: list.includes("output") })),
});
