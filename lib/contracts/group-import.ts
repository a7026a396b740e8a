import { z } from "zod";
import { GROUP_ID_PATTERN, groupIdFromReference } from "../parallel/group-reference";
import { GROUP_ID_MESSAGE } from "./group";

// POST /api/groups/import: adds an existing group after checking it upstream; answers its GroupEntry.

const URL_MESSAGE = "must be a link to a group (…/groups/tgrp_…) or a group id";

/** `{id}` (a bare group id) or `{url}` (a pasted console link to a group, or a bare id); gives the id. */
export const importGroupBodySchema = z
  .strictObject({ id: z.string().max(100).optional(), url: z.string().max(2_000).optional() })
  .transform((body, ctx): string => {
    if ((body.id === undefined) === (body.url === undefined)) {
      ctx.addIssue({ code: "custom", path: [], message: "must have either 'id' or 'url'" });
      return z.NEVER;
    }
    const id = body.id !== undefined ? (GROUP_ID_PATTERN.test(body.id) ? body.id : null) : groupIdFromReference(body.url ?? "");
    if (id) return id;
    ctx.addIssue({
      code: "custom",
      path: [body.id !== undefined ? "id" : "url"],
      message: body.id !== undefined ? GROUP_ID_MESSAGE : URL_MESSAGE,
    });
    return z.NEVER;
  });
export type ImportGroupBody = z.input<typeof importGroupBodySchema>;

export function groupImportUrl(): string {
  return "/api/groups/import";
}
