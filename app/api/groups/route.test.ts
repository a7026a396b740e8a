import { describe, expect, it } from "vitest";
import type { GroupEntry } from "@/lib/registry/group-entry";
import { callRoute, setUpRouteTests } from "@/lib/registry/route-test-support";
import type { GroupsPage } from "@/lib/registry/list-groups";
import type { StatusSample } from "@/lib/registry/get-status-history";
import { addRuns, createGroup, getGroup, waitUntilInactive } from "@/lib/testing/task-group-builders";
import * as groupRoute from "./[id]/route";
import * as historyRoute from "./[id]/history/route";
import * as importRoute from "./import/route";
import * as groupsRoute from "./route";

const upstream = setUpRouteTests();

interface ErrorBody {
  type: "error";
  error: { code: string; message: string; detail?: { errors?: Array<{ loc: string[]; msg: string }>; upstream?: { status: number } } };
}

const list = (query = "") => callRoute<GroupsPage>(groupsRoute.GET, "GET", `/api/groups${query}`);

describe("/api/groups", () => {
  it("creates a group upstream, lists, renames and forgets it locally", async () => {
    const created = await callRoute<GroupEntry>(groupsRoute.POST, "POST", "/api/groups", {
      body: { metadata: { name: "Leads Q3", team: "growth" } },
    });
    expect(created.status).toBe(201);
    const id = created.body.taskgroup_id;
    expect(id).toMatch(/^tgrp_/);
    expect(created.body).toMatchObject({
      name: "Leads Q3",
      metadata: { name: "Leads Q3", team: "growth" },
      source: "created",
      upstream: `${upstream().emulator.url}/v1beta`,
      num_runs: 0,
      is_active: false,
    });
    // It exists upstream, as created.
    expect((await getGroup(upstream().api, id)).metadata).toEqual({ name: "Leads Q3", team: "growth" });

    expect((await list(`?q=${id}`)).body.items.map((g) => g.name)).toEqual(["Leads Q3"]);

    const renamed = await callRoute<GroupEntry>(groupRoute.PATCH, "PATCH", `/api/groups/${id}`, {
      params: { id },
      body: { name: "Leads, cleaned" },
    });
    expect(renamed).toMatchObject({ status: 200, body: { name: "Leads, cleaned" } });
    expect((await list(`?q=${id}`)).body.items[0].name).toBe("Leads, cleaned");
    // Local only: the upstream metadata is unchanged.
    expect((await getGroup(upstream().api, id)).metadata?.name).toBe("Leads Q3");

    const forgotten = await callRoute(groupRoute.DELETE, "DELETE", `/api/groups/${id}`, { params: { id } });
    expect(forgotten).toEqual({ status: 204, body: null });
    expect((await list(`?q=${id}`)).body.total).toBe(0);
    expect((await getGroup(upstream().api, id)).taskgroup_id).toBe(id);
    expect((await callRoute(groupRoute.DELETE, "DELETE", `/api/groups/${id}`, { params: { id } })).status).toBe(404);
    expect((await callRoute(groupRoute.PATCH, "PATCH", `/api/groups/${id}`, { params: { id }, body: { name: "x" } })).status).toBe(404);
  });

  it("validates bodies and refuses a foreign-origin write", async () => {
    const nested = await callRoute<ErrorBody>(groupsRoute.POST, "POST", "/api/groups", { body: { metadata: { name: { first: "x" } } } });
    expect(nested.status).toBe(422);
    expect(nested.body.error.detail?.errors?.[0].loc).toEqual(["body", "metadata", "name"]);
    expect((await callRoute(groupsRoute.POST, "POST", "/api/groups", { body: "{not json" })).status).toBe(400);
    const foreign = await callRoute(groupsRoute.POST, "POST", "/api/groups", {
      body: {},
      headers: { origin: "https://evil.example", host: "console.test" },
    });
    expect(foreign.status).toBe(403);
  });

  it("imports a group by id and by pasted link; unknown ids are 404 and malformed ones 422", async () => {
    const byId = await createGroup(upstream().api, { name: "made elsewhere" });
    const imported = await callRoute<GroupEntry>(importRoute.POST, "POST", "/api/groups/import", { body: { id: byId.taskgroup_id } });
    expect(imported).toMatchObject({ status: 200, body: { taskgroup_id: byId.taskgroup_id, name: "made elsewhere", source: "imported" } });

    const byLink = await createGroup(upstream().api);
    const link = `https://console.example.com/groups/${byLink.taskgroup_id}/runs?status=failed`;
    const linked = await callRoute<GroupEntry>(importRoute.POST, "POST", "/api/groups/import", { body: { url: link } });
    expect(linked).toMatchObject({ status: 200, body: { taskgroup_id: byLink.taskgroup_id, name: null, source: "imported" } });
    const bare = await callRoute<GroupEntry>(importRoute.POST, "POST", "/api/groups/import", { body: { url: ` ${byLink.taskgroup_id} ` } });
    expect(bare.body.taskgroup_id).toBe(byLink.taskgroup_id);

    const unknownId = "tgrp_00000000000000000000000000000000";
    const unknown = await callRoute<ErrorBody>(importRoute.POST, "POST", "/api/groups/import", { body: { id: unknownId } });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toContain(unknownId);
    expect(unknown.body.error.message).toContain(upstream().emulator.url);
    expect(unknown.body.error.detail?.upstream?.status).toBe(404);
    expect((await list(`?q=${unknownId}`)).body.total).toBe(0);

    for (const body of [
      { id: "tgrp_bad-id!" },
      { id: "trun_abc" },
      { url: "https://console.example.com/runs/trun_1" },
      {},
      { id: byId.taskgroup_id, url: link },
    ]) {
      const refused = await callRoute<ErrorBody>(importRoute.POST, "POST", "/api/groups/import", { body });
      expect(refused.status, JSON.stringify(body)).toBe(422);
      expect(refused.body.error.code).toBe("validation_failed");
    }
    const malformed = await callRoute<ErrorBody>(importRoute.POST, "POST", "/api/groups/import", { body: { id: "tgrp_bad-id!" } });
    expect(malformed.body.error.detail?.errors?.[0].loc).toEqual(["body", "id"]);
  });

  it("opens a group by id: refreshed from upstream, imported (by POST) when unseen", async () => {
    const group = await createGroup(upstream().api, { name: "opened by link" });
    const id = group.taskgroup_id;
    // A GET never adds a group; the page imports an unseen one with this POST first.
    expect((await callRoute(importRoute.POST, "POST", "/api/groups/import", { body: { id } })).status).toBe(200);
    const first = await callRoute<GroupEntry>(groupRoute.GET, "GET", `/api/groups/${id}`, { params: { id } });
    expect(first).toMatchObject({ status: 200, body: { source: "imported", name: "opened by link", num_runs: 0 } });

    await addRuns(upstream().api, id, 3);
    await waitUntilInactive(upstream().api, id);
    const second = await callRoute<GroupEntry>(groupRoute.GET, "GET", `/api/groups/${id}`, { params: { id } });
    expect(second.body).toMatchObject({ num_runs: 3, is_active: false, status_counts: { completed: 3 } });

    const history = await callRoute<{ samples: StatusSample[] }>(historyRoute.GET, "GET", `/api/groups/${id}/history`, { params: { id } });
    expect(history.status).toBe(200);
    expect(history.body.samples.map((s) => s.num_runs)).toEqual([0, 3]);
    expect(history.body.samples[1].counts).toEqual({ completed: 3 });

    const unknown = "tgrp_ffffffffffffffffffffffffffffffff";
    expect((await callRoute(groupRoute.GET, "GET", `/api/groups/${unknown}`, { params: { id: unknown } })).status).toBe(404);
    expect((await callRoute(historyRoute.GET, "GET", `/api/groups/${unknown}/history`, { params: { id: unknown } })).status).toBe(404);
    const bad = await callRoute<ErrorBody>(groupRoute.GET, "GET", "/api/groups/nope", { params: { id: "nope" } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.message).toContain("'id'");
  });

  it("a GET adds nothing: an unlisted group the upstream knows is not_in_registry, and a forgotten one stays forgotten", async () => {
    const group = await createGroup(upstream().api, { name: "linked, not listed" });
    const id = group.taskgroup_id;
    const read = await callRoute<ErrorBody & { error: { detail?: { upstream_exists?: boolean } } }>(
      groupRoute.GET,
      "GET",
      `/api/groups/${id}`,
      { params: { id } },
    );
    expect(read.status).toBe(404);
    expect(read.body.error.code).toBe("not_in_registry");
    expect(read.body.error.detail?.upstream_exists).toBe(true);
    expect((await list(`?q=${id}`)).body.total).toBe(0);

    expect((await callRoute(importRoute.POST, "POST", "/api/groups/import", { body: { id } })).status).toBe(200);
    expect((await callRoute(groupRoute.DELETE, "DELETE", `/api/groups/${id}`, { params: { id } })).status).toBe(204);
    expect((await callRoute(groupRoute.GET, "GET", `/api/groups/${id}`, { params: { id } })).status).toBe(404);
    expect((await list(`?q=${id}`)).body.total).toBe(0);
  });

  it("lists with search, sort and cursor pages", async () => {
    const tag = `sortcheck${Date.now()}`;
    const names = ["delta", "alpha", "charlie", "bravo", "echo"];
    for (const name of names) {
      expect((await callRoute(groupsRoute.POST, "POST", "/api/groups", { body: { metadata: { name, tag } } })).status).toBe(201);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: GroupsPage } = await list(
        `?q=${tag}&sort=name&order=asc&limit=2${cursor ? `&cursor=${cursor}` : ""}`,
      );
      expect(page.status).toBe(200);
      expect(page.body.total).toBe(5);
      seen.push(...page.body.items.map((g) => g.name ?? ""));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...names].sort());
    expect((await list(`?q=${tag}&sort=added_at&order=desc`)).body.items.map((g) => g.name)).toEqual([...names].reverse());

    for (const [query, param] of [
      ["?sort=size", "sort"],
      ["?limit=0", "limit"],
      ["?order=up", "order"],
      ["?limit=abc", "limit"],
    ]) {
      const refused = await callRoute<ErrorBody>(groupsRoute.GET, "GET", `/api/groups${query}`);
      expect(refused.status, query).toBe(422);
      expect(refused.body.error.message).toContain(`'${param}'`);
    }
  });
});
