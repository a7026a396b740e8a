import { z } from "zod";
import { GROUP_ID_PATTERN, groupIdFromReference } from "@/lib/parallel/group-reference";

const ID_MESSAGE = "must be a group id: tgrp_ followed by 1 to 64 letters or digits";
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
    ctx.addIssue({ code: "custom", path: [body.id !== undefined ? "id" : "url"], message: body.id !== undefined ? ID_MESSAGE : URL_MESSAGE });
    return z.NEVER;
  });

export const groupIdSchema = z.string().regex(GROUP_ID_PATTERN, ID_MESSAGE);
