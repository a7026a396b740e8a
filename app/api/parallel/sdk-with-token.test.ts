import Parallel, { APIError, AuthenticationError, PermissionDeniedError } from "parallel-web";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import { startTokenConsole, type TokenConsole } from "@/lib/auth/tests/token-console";
import { revokeApiToken } from "@/lib/auth/api-tokens";
import { startRecordingUpstream } from "@/lib/gateway/tests/gateway-harness";
import { startTestEmulator, type TestEmulator } from "@/lib/testing/emulator-harness";
import { memberSubject, setBudget } from "@/lib/spend/budgets";
import { monthOf } from "@/lib/spend/month";
import { usageReport } from "@/lib/spend/usage-report";

// A member's script: the official SDK, unchanged, with a personal API token, through the console's
// gateway route. The emulator demands the team's key, which only the server holds.

const TEAM_KEY = "the-team-parallel-key";
const MS_PER_DAY = 86_400_000;
const WAIT_MS = 30_000;

let emulator: TestEmulator;
let console_: TokenConsole;
let operator: Member;

const sdk = (apiKey: string) => new Parallel({ apiKey, baseURL: console_.baseURL, maxRetries: 0 });

beforeAll(async () => {
  emulator = await startTestEmulator({ apiKey: TEAM_KEY });
  console_ = await startTokenConsole({ baseUrl: emulator.url, prefix: "v1beta", apiKey: TEAM_KEY });
  operator = await console_.addMember("operator");
});

afterAll(async () => {
  await console_.close();
  await emulator.cleanup();
});

async function auditDetails(action: string): Promise<Array<Record<string, unknown>>> {
  const rows = await console_.db.selectFrom("audit_log").select(["detail", "actor_id"]).where("action", "=", action).execute();
  return rows.map((row) => ({ actor: row.actor_id, ...(JSON.parse(row.detail ?? "{}") as Record<string, unknown>) }));
}

/** The SDK call is refused with a 401 whose message gives `reason`. */
async function expectUnauthenticated(call: Promise<unknown>, reason: string): Promise<void> {
  const error = await call.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AuthenticationError);
  expect((error as Error).message).toContain(reason);
}

describe("the official SDK with a personal API token", () => {
  it("creates a group, adds runs, follows events, reads runs and a result, all attributed to the token's member", async () => {
    const { id: tokenId, token } = await console_.tokenFor(operator, "write");
    const client = sdk(token);
    const group = await client.taskGroup.create({ metadata: { name: "a script's group" } });
    const inputs = Array.from({ length: 5 }, (_, i) => ({ processor: "lite", input: `Token Co ${i}` }));
    const added = await client.taskGroup.addRuns(group.taskgroup_id, { inputs });
    expect(added.run_ids).toHaveLength(5);

    const finished = new Set<string>();
    for await (const event of await client.taskGroup.events(group.taskgroup_id)) {
      if (event.type === "task_run.state" && !event.run.is_active) finished.add(event.run.run_id);
    }
    expect(finished).toEqual(new Set(added.run_ids));
    const runs = [];
    for await (const event of await client.taskGroup.getRuns(group.taskgroup_id, { include_output: true })) runs.push(event);
    expect(runs).toHaveLength(5);
    const result = await client.taskRun.result(added.run_ids[0]);
    expect(result.run.status).toBe("completed");

    await expect
      .poll(() => auditDetails("group.created"), { timeout: WAIT_MS })
      .toContainEqual(expect.objectContaining({ actor: operator.id, via: "token", tokenId, tokenName: "write token" }));
    await expect
      .poll(() => auditDetails("runs.added"), { timeout: WAIT_MS })
      .toContainEqual(expect.objectContaining({ actor: operator.id, count: 5, via: "token", tokenId }));
    const used = await console_.db.selectFrom("api_tokens").select("last_used_at_ms").where("id", "=", tokenId).executeTakeFirstOrThrow();
    expect(used.last_used_at_ms).not.toBeNull();
  });

  it("counts a script's spend under its member, and stops it at the member's cap with 402 budget_exceeded", async () => {
    const startedAtMs = Date.now();
    const scripter = await console_.addMember("operator");
    const client = sdk((await console_.tokenFor(scripter, "write")).token);
    const group = await client.taskGroup.create({});
    // core: $25 per 1,000 runs, so 4 runs cost $0.10; the cap lets exactly two such calls through.
    await setBudget(console_.db, memberSubject(scripter.id), 200_000);
    const fourRuns = { inputs: Array.from({ length: 4 }, (_, i) => ({ processor: "core", input: `Capped Co ${i}` })) };
    await client.taskGroup.addRuns(group.taskgroup_id, fourRuns);
    await client.taskGroup.addRuns(group.taskgroup_id, fourRuns);
    const refused = await client.taskGroup.addRuns(group.taskgroup_id, fourRuns).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(APIError);
    expect((refused as APIError).status).toBe(402);
    expect(JSON.stringify((refused as APIError).error)).toContain("budget_exceeded");

    // Both months if the test ran across a month's end.
    const months = [...new Set([monthOf(startedAtMs), monthOf(Date.now())])];
    const reports = await Promise.all(months.map((month) => usageReport(console_.db, { month, memberId: scripter.id })));
    expect(reports.reduce((sum, report) => sum + report.total.microUsd, 0)).toBe(200_000);
    expect(reports.flatMap((report) => report.byMember.map((line) => line.email))).toContain(scripter.email);
    expect((await client.taskGroup.retrieve(group.taskgroup_id)).status.num_task_runs).toBe(8);
  });

  it("accepts the token as Authorization: Bearer too", async () => {
    const { token } = await console_.tokenFor(operator, "read");
    const response = await fetch(`${console_.baseURL}/v1beta/tasks/groups/tgrp_00000000000000000000000000000000`, {
      headers: { authorization: `Bearer ${token}` },
    });
    // Past sign-in: the group is unknown upstream, not the caller to the console.
    expect(response.status).toBe(404);
  });

  it("gets 401 once its token is revoked, at the next call", async () => {
    const { id, token } = await console_.tokenFor(operator, "write");
    const client = sdk(token);
    const group = await client.taskGroup.create({});
    await revokeApiToken(console_.db, operator, id);
    await expectUnauthenticated(client.taskGroup.retrieve(group.taskgroup_id), "was revoked");
  });

  it("gets 401 with an expired token", async () => {
    const { token } = await console_.tokenFor(operator, "write", { expiresInDays: 7, createdAtMs: Date.now() - 8 * MS_PER_DAY });
    await expectUnauthenticated(sdk(token).taskGroup.create({}), "expired");
  });

  it("gets 401 with a token nobody made, and once its member is removed", async () => {
    await expect(sdk("tgc_made-up-token-of-the-right-shape").taskGroup.create({})).rejects.toBeInstanceOf(AuthenticationError);
    const leaving = await console_.addMember("operator");
    const { token } = await console_.tokenFor(leaving, "write");
    await console_.db.deleteFrom("user").where("id", "=", leaving.id).execute();
    await expectUnauthenticated(sdk(token).taskGroup.create({}), "removed");
  });

  it("reads with a read token but gets 403 on add-runs", async () => {
    const group = await sdk((await console_.tokenFor(operator, "write")).token).taskGroup.create({});
    const reader = sdk((await console_.tokenFor(operator, "read")).token);
    expect((await reader.taskGroup.retrieve(group.taskgroup_id)).taskgroup_id).toBe(group.taskgroup_id);
    const error = await reader.taskGroup
      .addRuns(group.taskgroup_id, { inputs: [{ processor: "lite", input: "no" }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
  });

  it("acts with no more than its member's current role: a write token of a member demoted to viewer cannot add runs", async () => {
    const demoted = await console_.addMember("operator");
    const client = sdk((await console_.tokenFor(demoted, "write")).token);
    const group = await client.taskGroup.create({});
    await console_.db.updateTable("user").set({ role: "viewer" }).where("id", "=", demoted.id).execute();
    await expect(client.taskGroup.addRuns(group.taskgroup_id, { inputs: [{ processor: "lite", input: "no" }] })).rejects.toBeInstanceOf(
      PermissionDeniedError,
    );
  });
});

describe("what reaches the upstream", () => {
  it("is the team's key only: neither the member's token nor an Authorization header", async () => {
    const upstream = await startRecordingUpstream((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({ taskgroup_id: "tgrp_recorded", status: { is_active: false, num_task_runs: 0, task_run_status_counts: {} } }),
      );
    });
    const recording = await startTokenConsole({ baseUrl: upstream.url, prefix: "v1beta", apiKey: TEAM_KEY });
    try {
      const member = await recording.addMember("operator");
      const { token } = await recording.tokenFor(member, "write");
      const response = await fetch(`${recording.baseURL}/v1beta/tasks/groups`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-api-key": token, authorization: `Bearer ${token}` },
        body: "{}",
      });
      expect(response.status).toBe(200);
      expect(upstream.requests).toHaveLength(1);
      const { headers } = upstream.requests[0];
      expect(headers["x-api-key"]).toBe(TEAM_KEY);
      expect(headers.authorization).toBeUndefined();
      expect(JSON.stringify(headers)).not.toContain(token);
    } finally {
      await recording.close();
      await upstream.close();
    }
  });
});
