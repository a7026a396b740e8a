import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { CANARY_MARKER, KEY_CANARY } from "../scripts/key-canary";
import { expect, test } from "./fixtures";
import { SERVERS } from "./servers";

// The app was built with the canary as PARALLEL_API_KEY and serves with it as the upstream key.
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function expectNoCanary(where: string, text: string) {
  expect(text.includes(KEY_CANARY), `the API key appears in ${where}`).toBe(false);
}

test.describe("the API key stays on the server", () => {
  test("is in use upstream: the emulator refuses requests without it", async ({ request }) => {
    const probe = `${SERVERS.main.emulatorUrl}/v1/tasks/groups/tgrp_00000000000000000000000000000000`;
    expect((await request.get(probe)).status()).toBe(401);
    expect((await request.get(probe, { headers: { "x-api-key": KEY_CANARY } })).status()).toBe(404);
  });

  test("appears in no file of the browser bundle", async () => {
    const root = join(__dirname, "..");
    const builtWithCanary = statSync(join(root, CANARY_MARKER), { throwIfNoEntry: false });
    const buildId = statSync(join(root, ".next", "BUILD_ID"));
    expect(
      builtWithCanary && builtWithCanary.mtimeMs >= buildId.mtimeMs,
      "the build under test was made by `npm run build:test`",
    ).toBeTruthy();
    const files = filesUnder(join(root, ".next", "static"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expectNoCanary(file, readFileSync(file, "latin1"));
  });

  test("appears in no response body or header of the pages and the gateway", async ({ page, request }) => {
    const seen: string[] = [];
    page.on("response", async (response) => {
      const body = await response.text().catch(() => "");
      seen.push(`${response.url()}\n${JSON.stringify(response.headers())}\n${body}`);
    });
    await page.goto("/");
    await expect(page.getByTestId("upstream-badge")).toHaveAttribute("data-health", "reachable");

    const record = async (label: string, response: Awaited<ReturnType<typeof request.get>>) => {
      seen.push(`${label}\n${JSON.stringify(response.headers())}\n${await response.text()}`);
      return response;
    };
    await record("upstream", await request.get("/api/upstream"));
    const created = await record("create", await request.post("/api/parallel/v1/tasks/groups", { data: { metadata: { name: "canary" } } }));
    expect(created.status()).toBe(200);
    const { taskgroup_id: groupId } = (await created.json()) as { taskgroup_id: string };
    const added = await record(
      "add runs",
      await request.post(`/api/parallel/v1/tasks/groups/${groupId}/runs`, {
        data: { inputs: [{ processor: "lite", input: "canary check" }] },
      }),
    );
    const { run_ids: runIds } = (await added.json()) as { run_ids: string[] };
    await record("events", await request.get(`/api/parallel/v1/tasks/groups/${groupId}/events`));
    await record("runs", await request.get(`/api/parallel/v1/tasks/groups/${groupId}/runs?include_input=true&include_output=true`));
    await record("result", await request.get(`/api/parallel/v1/tasks/runs/${runIds[0]}/result`));
    await record("input", await request.get(`/api/parallel/v1/tasks/runs/${runIds[0]}/input`));
    await record("unknown", await request.get("/api/parallel/v1/tasks/groups/tgrp_00000000000000000000000000000000"));
    await record("refused", await request.get("/api/parallel/v1/search"));
    expect(seen.length).toBeGreaterThan(8);
    for (const entry of seen) expectNoCanary(entry.split("\n")[0], entry);
  });
});
