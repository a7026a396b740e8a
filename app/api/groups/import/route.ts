import { withRoute } from "@/lib/http/with-route";
import { parseInput, readJsonBody } from "@/lib/http/parse-request";
import { importGroup } from "@/lib/registry/refresh-group";
import { getRouteDeps } from "@/lib/registry/route-deps.server";
import { MAX_GROUP_BODY_BYTES } from "../schema";
import { importGroupBodySchema } from "./schema";

/** Adds an existing group (`{id}` or a pasted `{url}`) after checking it upstream. */
export const POST = withRoute(async (request) => {
  const groupId = parseInput(importGroupBodySchema, await readJsonBody(request, MAX_GROUP_BODY_BYTES), "body");
  const { db, target } = await getRouteDeps();
  return Response.json(await importGroup({ db, target, groupId }));
});
