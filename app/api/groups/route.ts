import { withRoute } from "@/lib/http/with-route";
import { createGroup } from "@/lib/registry/create-group";
import { listGroups } from "@/lib/registry/list-groups";
import { parseInput, queryOf, readJsonBody } from "@/lib/http/parse-request";
import { getRouteDeps } from "@/lib/registry/route-deps.server";
import { createGroupBodySchema, listGroupsQuerySchema, MAX_GROUP_BODY_BYTES } from "./schema";

/** The groups this console remembers: `?q=&sort=&order=&limit=&cursor=`. */
export const GET = withRoute(async (request) => {
  const query = parseInput(listGroupsQuerySchema, queryOf(request), "query");
  const { db } = await getRouteDeps();
  return Response.json(await listGroups({ db, ...query }));
});

/** Creates a group upstream (`{metadata?}`, its name is `metadata.name`) and remembers it. */
export const POST = withRoute(async (request) => {
  const body = parseInput(createGroupBodySchema, await readJsonBody(request, MAX_GROUP_BODY_BYTES), "body");
  const { db, target } = await getRouteDeps();
  return Response.json(await createGroup({ db, target, metadata: body.metadata }), { status: 201 });
});
