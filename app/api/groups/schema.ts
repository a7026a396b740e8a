import { z } from "zod";
import { GROUP_SORTS, MAX_GROUPS_PAGE_SIZE, DEFAULT_GROUPS_PAGE_SIZE } from "@/lib/registry/list-groups";

export const MAX_GROUP_BODY_BYTES = 16 * 1024;

export const listGroupsQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  sort: z.enum(GROUP_SORTS).default("added_at"),
  order: z.enum(["asc", "desc"]).default("desc"),
  limit: z.coerce.number().int().min(1).max(MAX_GROUPS_PAGE_SIZE).default(DEFAULT_GROUPS_PAGE_SIZE),
  cursor: z.string().max(1_000).optional(),
});

export const createGroupBodySchema = z.strictObject({
  metadata: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});

/** `Idempotency-Key`: a retry of `POST /api/groups` with the same key returns the group the first one created. */
export const createGroupHeadersSchema = z.object({
  "idempotency-key": z
    .string()
    .regex(/^[\x21-\x7e]{1,200}$/, "must be 1 to 200 visible ASCII characters")
    .optional(),
});
