import { withRoute } from "@/lib/http/with-route";
import { forgetGroup } from "@/lib/registry/forget-group";
import { parseInput, readJsonBody } from "@/lib/http/parse-request";
import { refreshGroup } from "@/lib/registry/refresh-group";
import { renameGroup } from "@/lib/registry/rename-group";
import { getRouteDeps } from "@/lib/registry/route-deps.server";
import { MAX_GROUP_BODY_BYTES } from "../schema";
import { groupParamsSchema, renameGroupBodySchema } from "./schema";

interface Context {
  params: Promise<{ id: string }>;
}

/** The group, refreshed from upstream. Read-only: a group not in the registry is a 404 (`not_in_registry` when the upstream knows it). */
export const GET = withRoute(async (_request, { params }: Context) => {
  const { id } = parseInput(groupParamsSchema, await params, "path");
  const { db, target } = await getRouteDeps();
  return Response.json(await refreshGroup({ db, target, groupId: id }));
});

/** Renames the group in this console only: `{name}`. */
export const PATCH = withRoute(async (request, { params }: Context) => {
  const { id } = parseInput(groupParamsSchema, await params, "path");
  const { name } = parseInput(renameGroupBodySchema, await readJsonBody(request, MAX_GROUP_BODY_BYTES), "body");
  const { db } = await getRouteDeps();
  return Response.json(await renameGroup({ db, groupId: id, name }));
});

/** Forgets the group here (entry, history, cached runs); the group itself is not deleted upstream. */
export const DELETE = withRoute(async (_request, { params }: Context) => {
  const { id } = parseInput(groupParamsSchema, await params, "path");
  const { db } = await getRouteDeps();
  await forgetGroup({ db, groupId: id });
  return new Response(null, { status: 204 });
});
