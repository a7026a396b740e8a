import { z } from "zod";
import { GROUP_ID_PATTERN } from "../parallel/group-reference";

// GET /api/groups/{id}: the group, refreshed upstream. PATCH: renames it here. DELETE: forgets it here.

export const GROUP_ID_MESSAGE = "must be a group id: tgrp_ followed by 1 to 64 letters or digits";
export const MAX_GROUP_NAME_CHARS = 200;

export const groupIdSchema = z.string().regex(GROUP_ID_PATTERN, GROUP_ID_MESSAGE);
export const groupParamsSchema = z.object({ id: groupIdSchema });
export type GroupParams = z.infer<typeof groupParamsSchema>;

/** `{name}`: the local name; null or "" clears it. */
export const renameGroupBodySchema = z.strictObject({ name: z.string().max(MAX_GROUP_NAME_CHARS).nullable() });
/** @public Part of the endpoint's contract, for callers to type their requests. */
export type RenameGroupBody = z.infer<typeof renameGroupBodySchema>;

export function groupUrl({ id }: GroupParams): string {
  return `/api/groups/${encodeURIComponent(id)}`;
}
