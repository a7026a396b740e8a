import { z } from "zod";
import type { GroupEntry } from "../registry/group-entry";
import { searchOf, type UrlQuery } from "./search-params";

// GET /api/groups: the groups this console remembers. POST /api/groups: creates one upstream and remembers it.

export type { GroupEntry };

export const GROUP_SORTS = ["created_at", "name", "num_runs", "added_at"] as const;
export type GroupSort = (typeof GROUP_SORTS)[number];
export const SORT_ORDERS = ["asc", "desc"] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export const DEFAULT_GROUPS_PAGE_SIZE = 50;
export const MAX_GROUPS_PAGE_SIZE = 200;
/** The largest body any /api/groups write takes. */
export const MAX_GROUP_BODY_BYTES = 16 * 1024;

export const listGroupsQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  sort: z.enum(GROUP_SORTS).default("added_at"),
  order: z.enum(SORT_ORDERS).default("desc"),
  limit: z.coerce.number().int().min(1).max(MAX_GROUPS_PAGE_SIZE).default(DEFAULT_GROUPS_PAGE_SIZE),
  cursor: z.string().max(1_000).optional(),
  /** `me`: only the groups the signed-in member created or imported. */
  added_by: z.enum(["me", "anyone"]).default("anyone"),
});
/** @public Part of the endpoint's contract, for callers to type their requests. */
export type ListGroupsQuery = z.input<typeof listGroupsQuerySchema>;

export interface GroupsPage {
  items: GroupEntry[];
  /** Groups matching `q`, on every page. */
  total: number;
  nextCursor: string | null;
}

export const createGroupBodySchema = z.strictObject({
  metadata: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});
export type CreateGroupBody = z.infer<typeof createGroupBodySchema>;

/** `Idempotency-Key`: a retry of `POST /api/groups` with the same key returns the group the first one created. */
export const createGroupHeadersSchema = z.object({
  "idempotency-key": z
    .string()
    .regex(/^[\x21-\x7e]{1,200}$/, "must be 1 to 200 visible ASCII characters")
    .optional(),
});

export function groupsUrl(query: UrlQuery<z.output<typeof listGroupsQuerySchema>> = {}): string {
  return `/api/groups${searchOf(query)}`;
}
