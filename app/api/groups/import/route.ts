import { importGroupBodySchema } from "@/lib/contracts/group-import";
import { MAX_GROUP_BODY_BYTES } from "@/lib/contracts/groups";
import { defineRoute } from "@/lib/http/define-route";
import { importGroup } from "@/lib/registry/refresh-group";

/** Adds an existing group (`{id}` or a pasted `{url}`) after checking it upstream. */
export const POST = defineRoute(
  { body: { schema: importGroupBodySchema, maxBytes: MAX_GROUP_BODY_BYTES } },
  async ({ body: groupId, deps: { db, target } }) => Response.json(await importGroup({ db, target, groupId })),
);
