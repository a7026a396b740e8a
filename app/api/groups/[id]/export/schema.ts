import { z } from "zod";
import { RUN_STATUSES } from "@/lib/parallel/types";

export const exportQuerySchema = z.object({
  format: z.enum(["csv", "jsonl"]).default("csv"),
  status: z.enum(RUN_STATUSES).optional(),
  q: z.string().trim().max(200).optional(),
  /** `bom=1`: a CSV Excel opens as UTF-8. */
  bom: z
    .enum(["0", "1", "true", "false"])
    .optional()
    .transform((value) => value === "1" || value === "true"),
});
