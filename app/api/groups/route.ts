import { createGroupBodySchema, createGroupHeadersSchema, listGroupsQuerySchema, MAX_GROUP_BODY_BYTES } from "@/lib/contracts/groups";
import { defineRoute } from "@/lib/http/define-route";
import { createGroup } from "@/lib/registry/create-group";
import { listGroups } from "@/lib/registry/list-groups";

/** The groups this console remembers: `?q=&sort=&order=&limit=&cursor=`. */
export const GET = defineRoute({ query: listGroupsQuerySchema }, async ({ query, deps }) =>
  Response.json(await listGroups({ db: deps.db, ...query })),
);

/**
 * Creates a group upstream (`{metadata?}`, its name is `metadata.name`) and remembers it. A retry
 * with the same `Idempotency-Key` header answers the group the first request created.
 */
export const POST = defineRoute(
  { headers: createGroupHeadersSchema, body: { schema: createGroupBodySchema, maxBytes: MAX_GROUP_BODY_BYTES } },
  async ({ headers, body, deps: { db, target } }) => {
    const entry = await createGroup({ db, target, metadata: body.metadata, idempotencyKey: headers["idempotency-key"] });
    return Response.json(entry, { status: 201 });
  },
);
