import { createGroup, uniqueName } from "./groups-api";
import { expect, test } from "./fixtures";
import { SERVERS } from "./servers";

// A page on http://evil.test:<port> whose name was made to resolve to this machine: the browser sends
// the attacker's name as Host and its origin as Origin, which match each other.
const REBOUND_HOST = `evil.test:${SERVERS.main.consolePort}`;
const REBOUND = { host: REBOUND_HOST, origin: `http://${REBOUND_HOST}` };

test.describe("a DNS-rebinding page", () => {
  test("cannot read a page", async ({ request }) => {
    const response = await request.get("/groups", { headers: { host: REBOUND_HOST } });
    expect(response.status()).toBe(421);
    expect((await response.json()) as unknown).toMatchObject({ error: { code: "misdirected_request" } });
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  });

  test("cannot create a group, add runs or forget a group", async ({ request }) => {
    const name = uniqueName("Rebinding");
    const created = await request.post("/api/groups", { headers: REBOUND, data: { metadata: { name } } });
    expect(created.status()).toBe(421);
    const listed = await request.get(`/api/groups?q=${encodeURIComponent(name)}`);
    expect(((await listed.json()) as { total: number }).total).toBe(0);

    const groupId = await createGroup(request, uniqueName("Rebinding target"));
    const addRuns = await request.post(`/api/parallel/tasks/groups/${groupId}/runs`, {
      headers: REBOUND,
      data: { inputs: [{ processor: "ultra8x", input: "What does this cost?" }] },
    });
    expect(addRuns.status()).toBe(421);
    const forget = await request.delete(`/api/groups/${groupId}`, { headers: REBOUND });
    expect(forget.status()).toBe(421);

    const group = await request.get(`/api/groups/${groupId}`);
    expect(group.status()).toBe(200);
    expect((await group.json()) as unknown).toMatchObject({ taskgroup_id: groupId, num_runs: 0 });
  });
});

test("pages carry a nonce-based CSP, nosniff and a Referrer-Policy, and still run their scripts", async ({ page, homePage }) => {
  const response = await page.goto("/");
  const headers = response?.headers() ?? {};
  const csp = headers["content-security-policy"] ?? "";
  const nonce = /script-src 'self' 'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce, `a script nonce in ${JSON.stringify(csp)}`).toBeDefined();
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  // Next.js put this response's nonce on its scripts; a client-side fetch proves they ran.
  const scriptNonces = await page.evaluate(() => [...document.querySelectorAll("script")].map((s) => s.nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  expect(new Set(scriptNonces)).toEqual(new Set([nonce]));
  await expect(homePage.upstreamHealth).toHaveAttribute("data-health", "reachable");

  const second = await page.goto("/");
  expect(second?.headers()["content-security-policy"]).not.toBe(csp);
});
