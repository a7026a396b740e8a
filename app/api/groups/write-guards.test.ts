import { describe, expect, it } from "vitest";
import type { GroupEntry } from "@/lib/registry/group-entry";
import type { GroupsPage } from "@/lib/registry/list-groups";
import { callRoute, setUpRouteTests } from "@/lib/registry/route-test-support";
import * as groupRoute from "./[id]/route";
import * as groupsRoute from "./route";

// What a page on another site (or a DNS-rebinding page) could send without a CORS preflight.
setUpRouteTests();

interface ErrorBody {
  error: { code: string; message: string };
}

const findByName = async (name: string) =>
  (await callRoute<GroupsPage>(groupsRoute.GET, "GET", `/api/groups?q=${encodeURIComponent(name)}`)).body.items;

describe("writes to /api/groups", () => {
  it("refuses a text/plain or form body with 415 and creates nothing", async () => {
    const name = "Simple request group";
    const plain = await callRoute<ErrorBody>(groupsRoute.POST, "POST", "/api/groups", {
      body: JSON.stringify({ metadata: { name } }),
      headers: { "content-type": "text/plain;charset=UTF-8" },
    });
    expect(plain.status).toBe(415);
    expect(plain.body.error).toMatchObject({ code: "unsupported_media_type" });
    expect(plain.body.error.message).toContain("Content-Type: application/json");
    const form = await callRoute(groupsRoute.POST, "POST", "/api/groups", {
      body: `metadata=${name}`,
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(form.status).toBe(415);
    expect(await findByName(name)).toEqual([]);
  });

  it("refuses cross-site and foreign-scheme writes with 403 and leaves the group as it was", async () => {
    const created = await callRoute<GroupEntry>(groupsRoute.POST, "POST", "/api/groups", { body: { metadata: { name: "Guarded group" } } });
    expect(created.status).toBe(201);
    const id = created.body.taskgroup_id;
    const own = { host: "127.0.0.1:3000" };

    const crossSite = await callRoute<ErrorBody>(groupRoute.DELETE, "DELETE", `/api/groups/${id}`, {
      params: { id },
      headers: { ...own, "sec-fetch-site": "cross-site" },
    });
    expect(crossSite.status).toBe(403);
    expect(crossSite.body.error.message).toContain("Sec-Fetch-Site: cross-site");

    const otherScheme = await callRoute(groupRoute.PATCH, "PATCH", `/api/groups/${id}`, {
      params: { id },
      body: { name: "Renamed from https" },
      headers: { ...own, origin: "https://127.0.0.1:3000" },
    });
    expect(otherScheme.status).toBe(403);

    // X-Forwarded-Host is anyone's to send: without CONSOLE_TRUST_PROXY it does not make evil.test the console.
    const spoofed = await callRoute(groupRoute.PATCH, "PATCH", `/api/groups/${id}`, {
      params: { id },
      body: { name: "Renamed from evil.test" },
      headers: { ...own, origin: "http://evil.test", "x-forwarded-host": "evil.test" },
    });
    expect(spoofed.status).toBe(403);

    expect((await findByName("Guarded group")).map((g) => g.name)).toEqual(["Guarded group"]);
    const sameOrigin = await callRoute(groupRoute.PATCH, "PATCH", `/api/groups/${id}`, {
      params: { id },
      body: { name: "Guarded group, renamed" },
      headers: { ...own, origin: "http://127.0.0.1:3000", "sec-fetch-site": "same-origin" },
    });
    expect(sameOrigin.status).toBe(200);
  });
});
