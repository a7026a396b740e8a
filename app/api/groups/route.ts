import { withRoute } from "@/lib/http/with-route";
import { createGroup } from "@/lib/registry/create-group";
import { listGroups } from "@/lib/registry/list-groups";
import { parseInput, queryOf, readJsonBody } from "@/lib/http/parse-request";
import { getRouteDeps } from "@/lib/registry/route-deps.server";
import { createGroupBodySchema, createGroupHeadersSchema, listGroupsQuerySchema, MAX_GROUP_BODY_BYTES } from "./schema";

/** The groups this console remembers: `?q=&sort=&order=&limit=&cursor=`. */
export const GET = withRoute(async (request) => {
  const query = parseInput(listGroupsQuerySchema, queryOf(request), "query");
  const { db } = await getRouteDeps();
  return Response.json(await listGroups({ db, ...query }));
});

/**
 * Creates a group upstream (`{metadata?}`, its name is `metadata.name`) and remembers it. A retry
 * with the same `Idempotency-Key` header answers the group the first request created.
 */
export const POST = withRoute(async (request) => {
  const headers = parseInput(createGroupHeadersSchema, { "idempotency-key": request.headers.get("idempotency-key") ?? undefined }, "header");
  const body = parseInput(createGroupBodySchema, await readJsonBody(request, MAX_GROUP_BODY_BYTES), "body");
  const { db, target } = await getRouteDeps();
  const entry = await createGroup({ db, target, metadata: body.metadata, idempotencyKey: headers["idempotency-key"] });
  return Response.json(entry, { status: 201 });
});
