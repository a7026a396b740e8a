import { describe, expect, it } from "vitest";
import type { AuditPage } from "@/lib/contracts/team";
import type { GroupsPage } from "@/lib/registry/list-groups";
import type { GroupEntry } from "@/lib/registry/group-entry";
import { setUpRouteTests } from "@/lib/registry/route-test-support";
import { callRouteAs, TEST_PEER_IP } from "@/lib/testing/call-route-as";
import { testMember } from "@/lib/testing/test-auth";
import * as auditRoute from "../audit/route";
import * as gatewayRoute from "../parallel/[...path]/route";
import * as groupRoute from "./[id]/route";
import * as groupsRoute from "./route";

// Who did what: groups remember who added them, the list filters "created by me", and the audit log
// records the member behind each write, the gateway's (the SDK's) included.

setUpRouteTests();

const alice = testMember("operator", "alice");
const bob = testMember("operator", "bob");
const admin = testMember("admin", "root");

describe("who added each group", () => {
  it("is recorded, filters the list, and the audit log names the member for each write", async () => {
    const mine = await callRouteAs<GroupEntry>(alice, groupsRoute.POST, "POST", "/api/groups", { metadata: { name: "Alice's leads" } });
    expect(mine.status).toBe(201);
    expect(mine.body.added_by).toBe(alice.email);
    const viaSdk = await callRouteAs<{ taskgroup_id: string }>(
      bob,
      gatewayRoute.POST,
      "POST",
      "/api/parallel/v1beta/tasks/groups",
      { metadata: { name: "Bob's SDK group" } },
      { path: ["v1beta", "tasks", "groups"] },
    );
    expect(viaSdk.status).toBe(200);
    const added = await callRouteAs(
      bob,
      gatewayRoute.POST,
      "POST",
      `/api/parallel/v1beta/tasks/groups/${viaSdk.body.taskgroup_id}/runs`,
      {
        inputs: [
          { processor: "lite", input: "a" },
          { processor: "core", input: "b", metadata: { retry_of: "trun_x" } },
        ],
      },
      { path: ["v1beta", "tasks", "groups", viaSdk.body.taskgroup_id, "runs"] },
    );
    expect(added.status).toBe(200);

    await expect
      .poll(async () =>
        (await callRouteAs<GroupsPage>(bob, groupsRoute.GET, "GET", "/api/groups?added_by=me")).body.items.map((g) => g.name),
      )
      .toEqual(["Bob's SDK group"]);
    expect((await callRouteAs<GroupsPage>(alice, groupsRoute.GET, "GET", "/api/groups?added_by=me")).body.items.map((g) => g.name)).toEqual(
      ["Alice's leads"],
    );
    expect((await callRouteAs<GroupsPage>(alice, groupsRoute.GET, "GET", "/api/groups?added_by=anyone")).body.total).toBeGreaterThanOrEqual(
      2,
    );

    expect(
      (
        await callRouteAs(
          alice,
          groupRoute.PATCH,
          "PATCH",
          `/api/groups/${mine.body.taskgroup_id}`,
          { name: "Renamed" },
          { id: mine.body.taskgroup_id },
        )
      ).status,
    ).toBe(200);
    const audit = async () => (await callRouteAs<AuditPage>(admin, auditRoute.GET, "GET", "/api/audit?limit=50")).body.items;
    await expect.poll(async () => (await audit()).map((entry) => entry.action)).toContain("runs.added");
    const entries = await audit();
    expect(entries.find((entry) => entry.action === "group.created" && entry.groupId === mine.body.taskgroup_id)).toMatchObject({
      actor: alice.email,
      ip: TEST_PEER_IP,
    });
    expect(entries.find((entry) => entry.action === "group.created" && entry.groupId === viaSdk.body.taskgroup_id)).toMatchObject({
      actor: bob.email,
      detail: { via: "api" },
    });
    expect(entries.find((entry) => entry.action === "runs.added")).toMatchObject({
      actor: bob.email,
      groupId: viaSdk.body.taskgroup_id,
      detail: { count: 2, processors: { lite: 1, core: 1 }, estimatedUsd: 0.03, retries: 1 },
    });
    expect(entries.find((entry) => entry.action === "group.renamed")).toMatchObject({ actor: alice.email, detail: { name: "Renamed" } });
  });

  it("lets only an admin forget a group", async () => {
    const group = await callRouteAs<GroupEntry>(alice, groupsRoute.POST, "POST", "/api/groups", { metadata: { name: "Keep" } });
    const refused = await callRouteAs<{ error: { message: string } }>(
      alice,
      groupRoute.DELETE,
      "DELETE",
      `/api/groups/${group.body.taskgroup_id}`,
      undefined,
      { id: group.body.taskgroup_id },
    );
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain("the admin role");
    expect(
      (
        await callRouteAs(admin, groupRoute.DELETE, "DELETE", `/api/groups/${group.body.taskgroup_id}`, undefined, {
          id: group.body.taskgroup_id,
        })
      ).status,
    ).toBe(204);
  });
});
