import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startRedirectingUpstream, type RedirectingUpstream } from "../testing/redirecting-upstream";
import type { UpstreamTarget } from "../parallel/upstream-target";
import { readRunsStream } from "../run-cache/read-runs-stream";
import { refreshRuns } from "../run-cache/refresh-runs";
import { createGroup } from "./create-group";
import type { ConsoleDatabase } from "./database-schema";
import { listGroups } from "./list-groups";
import { openTestConsoleDatabase } from "../testing/test-console-database";
import { refreshGroup } from "./refresh-group";

// undici keeps x-api-key on a redirect to another host: the registry's upstream calls never follow one.
const G = "tgrp_0123456789abcdef0123456789abcdef";
const REDIRECT_ERROR =
  /answered a redirect \(302 to http:\/\/127\.0\.0\.1:\d+\/v1(beta)?\/tasks\/.*\); the console does not follow redirects/;

let db: ConsoleDatabase;
let upstream: RedirectingUpstream;
let target: UpstreamTarget;
beforeEach(async () => {
  db = await openTestConsoleDatabase();
  upstream = await startRedirectingUpstream();
  target = { baseUrl: upstream.url, prefix: "v1beta", apiKey: "server-key" };
});
afterEach(async () => {
  await upstream.close();
  await db.destroy();
});

describe("the registry's upstream calls and redirects", () => {
  it("refuses a redirect on create, import and refresh, with a 502 naming it, and the other host receives nothing", async () => {
    await expect(createGroup({ db, target, metadata: { name: "x" } })).rejects.toMatchObject({
      status: 502,
      message: expect.stringMatching(REDIRECT_ERROR),
    });
    await expect(refreshGroup({ db, target, groupId: G })).rejects.toMatchObject({
      status: 502,
      message: expect.stringMatching(REDIRECT_ERROR),
    });
    expect(upstream.received()).toBe(2);
    expect(upstream.trapped).toEqual([]);
    expect((await listGroups({ db })).items).toEqual([]);
  });

  it("refuses a redirect of the runs stream and of run results", async () => {
    const stream = readRunsStream({ target, groupId: G, query: {}, lastEventId: null, signal: new AbortController().signal });
    await expect(stream.next()).rejects.toThrow(REDIRECT_ERROR);
    await expect(refreshRuns({ db, target, groupId: G, runIds: ["trun_0123456789abcdef0123456789abcdef"] })).rejects.toThrow(
      REDIRECT_ERROR,
    );
    expect(upstream.received()).toBe(2);
    expect(upstream.trapped).toEqual([]);
  });
});
