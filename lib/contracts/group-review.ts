import { z } from "zod";
import type { Citation, TaskRunInput } from "../parallel/types";
import { groupUrl, type GroupParams } from "./group";
import { searchOf, type UrlQuery } from "./search-params";

// GET /api/groups/{id}/review: the review queue (output fields answered with low, optionally medium,
// confidence). POST /api/groups/{id}/review/decisions: a reviewer's decision on one of them.

export { groupParamsSchema as groupReviewParamsSchema } from "./group";

export const REVIEW_DECISIONS = ["accepted", "edited", "wrong"] as const;
export type ReviewDecisionKind = (typeof REVIEW_DECISIONS)[number];
export const REVIEW_LEVELS = ["low", "medium"] as const;
export const DEFAULT_REVIEW_PAGE_SIZE = 50;
export const MAX_REVIEW_PAGE_SIZE = 200;
export const MAX_REVIEW_BODY_BYTES = 64 * 1024;
export const MAX_REVIEW_NOTE_CHARS = 2_000;
/** Who decided, until the console has sign-in. */
export const ANONYMOUS_REVIEWER = "anonymous";

export const reviewQuerySchema = z.object({
  /** `low` (the default) or `low,medium`. */
  levels: z
    .string()
    .default("low")
    .transform((text) => text.split(",").map((level) => level.trim()))
    .pipe(z.array(z.enum(REVIEW_LEVELS, { error: "must be low or low,medium" })).min(1)),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_REVIEW_PAGE_SIZE).default(DEFAULT_REVIEW_PAGE_SIZE),
});
export type ReviewQuery = Omit<z.input<typeof reviewQuerySchema>, "limit"> & { limit?: number };

export const reviewDecisionBodySchema = z
  .strictObject({
    runId: z.string().regex(/^trun_[A-Za-z0-9]{1,64}$/, "must be a run id: trun_ followed by 1 to 64 letters or digits"),
    field: z.string().min(1).max(200),
    decision: z.enum(REVIEW_DECISIONS),
    /** The corrected value, required when `decision` is `edited`. */
    value: z.unknown().optional(),
    note: z.string().max(MAX_REVIEW_NOTE_CHARS).optional(),
  })
  .superRefine((body, ctx) => {
    if (body.decision === "edited" && body.value === undefined) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "is required when decision is edited: the corrected value" });
    }
  });
export type ReviewDecisionBody = z.input<typeof reviewDecisionBodySchema>;

export interface ReviewDecisionRecord {
  decision: ReviewDecisionKind;
  /** What the export carries: the original when accepted, the reviewer's value when edited, null when wrong. */
  reviewedValue: unknown;
  note: string | null;
  reviewer: string;
  decidedAt: string;
}

export interface ReviewItem {
  runId: string;
  field: string;
  confidence: string;
  /** The original answer, unchanged. */
  value: unknown;
  reasoning: string;
  citations: Citation[];
  input: TaskRunInput["input"] | null;
  decision: ReviewDecisionRecord | null;
}

export interface ReviewPage {
  items: ReviewItem[];
  nextCursor: string | null;
  /** Fields in the queue (all pages) and how many have a decision. */
  progress: { total: number; decided: number };
  /** Every run of the group is cached and none can change; until then the queue may grow. */
  final: boolean;
}

export function groupReviewUrl(params: GroupParams, query: UrlQuery<ReviewQuery> = {}): string {
  return `${groupUrl(params)}/review${searchOf(query)}`;
}

export function groupReviewDecisionsUrl(params: GroupParams): string {
  return `${groupUrl(params)}/review/decisions`;
}
