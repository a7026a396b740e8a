import { join } from "node:path";
import Database from "better-sqlite3";
import { fillCachedGroupOnPostgres, fillCachedGroupOnSqlite } from "./lib/b3-cached-group";
import { cachedRowsOnPostgres, openBenchPostgres } from "./lib/bench-postgres";
import { CONSOLE_PORT, EMULATOR_PORT, startConsole, type ConsoleServer } from "./lib/console-server";
import type { BenchContext } from "./lib/context";
import { defineConsoleFigure } from "./lib/figure";
import { measure, type Measure } from "./lib/results";
import { roundRatios } from "./lib/stats";

// B3: the first page of /api/groups/{id}/runs for groups of very different sizes, on SQLite and on
// PostgreSQL side by side: two consoles on one emulator, the second with DATABASE_URL.
// - cold: the console has never cached the group. Each round forgets the group afterwards (DELETE
//   /api/groups/{id}), checks in the console's database that its cached runs are gone, and lets the
//   stopped ingestion settle, so the next round is cold again.
// - cached: the group's runs are all in the run cache (written straight into the database, see
//   b3-cached-group.ts), so the page is the cache's keyset query and its count.

const PAGE_LIMIT = 50;
const SETTLE_MS = 500;
const WARM_UP_RUNS = 200;
const ROUNDS = 5;
/** The PostgreSQL console's ports: next to the shared console's. */
const POSTGRES_PORT_SHIFT = 1;

interface PageBody {
  items: unknown[];
  ingestion: { ingested: number };
}

interface Dialect {
  label: "SQLite" | "PostgreSQL";
  server: ConsoleServer;
  /** Cached runs plus ingest records of the group in that console's database. */
  cachedRows: (groupId: string) => Promise<number>;
  /** Writes a group of `runs` cached runs into that console's database. */
  fillCachedGroup: (groupId: string, runs: number) => Promise<void>;
}

export const figure = defineConsoleFigure("B3", {
  what: "first page of /api/groups/{id}/runs?limit=50, cold cache, by group size, SQLite and PostgreSQL",
  quick: { sizes: [1_000, 10_000, 100_000], timeLimitMs: 300_000 },
  full: { sizes: [1_000, 100_000, 1_000_000], timeLimitMs: 1_800_000 },
  run: async (ctx, { sizes }, server) => {
    const groups = new Map<number, string>();
    for (const size of sizes) groups.set(size, await ctx.finishedGroup(size));

    const sqliteFile = new Database(server.consoleDbPath, { readonly: true, fileMustExist: true });
    const postgres = await openBenchPostgres();
    let postgresServer: ConsoleServer | null = null;
    try {
      // The same emulator as upstream: the groups are the same groups.
      postgresServer = await startConsole({
        workDir: join(ctx.workDir, "b3-postgres"),
        name: "b3-postgres",
        port: CONSOLE_PORT + POSTGRES_PORT_SHIFT,
        emulatorPort: EMULATOR_PORT + POSTGRES_PORT_SHIFT,
        env: { DATABASE_URL: postgres.url, PARALLEL_API_KEY: server.emulator.apiKey, PARALLEL_BASE_URL: server.emulator.url },
      });
      ctx.log(`B3: a second console on ${postgresServer.url} with DATABASE_URL (${postgres.origin})`);
      const dialects: Dialect[] = [
        {
          label: "SQLite",
          server,
          cachedRows: async (groupId) => {
            const count = (table: string) =>
              (sqliteFile.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE group_id = ?`).get(groupId) as { n: number }).n;
            return count("runs") + count("run_ingest");
          },
          fillCachedGroup: async (groupId, runs) => fillCachedGroupOnSqlite(server.consoleDbPath, groupId, runs),
        },
        {
          label: "PostgreSQL",
          server: postgresServer,
          cachedRows: (groupId) => cachedRowsOnPostgres(postgres.url, groupId),
          fillCachedGroup: (groupId, runs) => fillCachedGroupOnPostgres(postgres.url, groupId, runs),
        },
      ];
      const measures: Measure[] = [];
      const notes = [
        `Cold: the console has not seen the group, so the request imports it, starts ingesting its runs stream and answers once ${PAGE_LIMIT} runs are cached.`,
        `SQLite: the console's file (CONSOLE_DB). PostgreSQL: ${postgres.origin}, a second console on the same emulator.`,
        `Cached: a group whose ${sizes.map((s) => s.toLocaleString("en-US")).join(" / ")} runs are all in the run cache (written by the database itself, then ANALYZE; VACUUM ANALYZE on PostgreSQL, as autovacuum would), read ${ROUNDS} times.`,
      ];
      for (const dialect of dialects) {
        const { times, uncompressedMs, cachedBeforeForget } = await coldRounds(ctx, dialect, sizes, groups);
        const largest = sizes[sizes.length - 1];
        const label = (what: string) => `${dialect.label}: ${what}`;
        measures.push(
          ...sizes.map((size) =>
            measure(label(`first page, ${size.toLocaleString("en-US")}-run group`), "ms", times.get(size)!, { op: "<=", value: 500 }),
          ),
          measure(
            label(`t(${largest.toLocaleString("en-US")}) ÷ t(1,000)`),
            "ratio",
            roundRatios(times.get(largest)!, times.get(sizes[0])!),
            {
              op: "<=",
              value: 1.5,
            },
          ),
          measure(label(`first page, ${largest.toLocaleString("en-US")}-run group, client without gzip`), "ms", uncompressedMs),
        );
        const cached = await cachedRounds(ctx, dialect, sizes);
        measures.push(
          ...sizes.map((size) =>
            measure(label(`first page, ${size.toLocaleString("en-US")} cached runs`), "ms", cached.get(size)!, { op: "<=", value: 500 }),
          ),
          measure(
            label(`cached: t(${largest.toLocaleString("en-US")}) ÷ t(1,000)`),
            "ratio",
            roundRatios(cached.get(largest)!, cached.get(sizes[0])!),
            {
              op: "<=",
              value: 1.5,
            },
          ),
        );
        notes.push(
          `${dialect.label}: after each round DELETE /api/groups/{id} left 0 cached runs and no ingest record in the console database (up to ${cachedBeforeForget.toLocaleString("en-US")} rows just before).`,
        );
      }
      return {
        status: "measured",
        sizes: Object.fromEntries(sizes.map((s, i) => [`group ${i + 1} runs`, s])),
        measures,
        notes,
      };
    } finally {
      sqliteFile.close();
      await postgresServer?.stop();
      await postgres.close();
    }
  },
});

async function coldRounds(ctx: BenchContext, { label, server, cachedRows }: Dialect, sizes: number[], groups: Map<number, string>) {
  // Like a browser, the client accepts gzip; `identity` shows what compression costs (see BENCHMARKS.md).
  const firstPage = async (groupId: string, encoding = "gzip, deflate"): Promise<number> => {
    // A GET never adds a group to the console's list: it is imported first, as the group page does (not timed; no runs are cached by it).
    const imported = await fetch(`${server.url}/api/groups/import`, {
      method: "POST",
      headers: { "content-type": "application/json", ...server.credentials.apiHeaders },
      body: JSON.stringify({ id: groupId }),
    });
    if (imported.status !== 200) throw new Error(`importing ${groupId} answered ${imported.status}: ${await imported.text()}`);
    const startMs = performance.now();
    const response = await fetch(`${server.url}/api/groups/${groupId}/runs?limit=${PAGE_LIMIT}`, {
      headers: { "accept-encoding": encoding, ...server.credentials.apiHeaders },
    });
    const body = (await response.json()) as PageBody;
    const elapsedMs = performance.now() - startMs;
    if (response.status !== 200 || body.items.length !== PAGE_LIMIT) {
      throw new Error(
        `first page of ${groupId}: status ${response.status}, ${body.items?.length} items: ${JSON.stringify(body).slice(0, 300)}`,
      );
    }
    return elapsedMs;
  };
  let cachedBeforeForget = 0;
  const forget = async (groupId: string) => {
    cachedBeforeForget = Math.max(cachedBeforeForget, await cachedRows(groupId));
    const response = await fetch(`${server.url}/api/groups/${groupId}`, { method: "DELETE", headers: server.credentials.apiHeaders });
    if (response.status !== 204) throw new Error(`DELETE /api/groups/${groupId} answered ${response.status}: ${await response.text()}`);
    if ((await cachedRows(groupId)) !== 0) throw new Error(`${label}: the console still caches runs of ${groupId} after DELETE`);
    // The background ingestion stops at its next batch; after that nothing may come back.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    if ((await cachedRows(groupId)) !== 0) throw new Error(`${label}: runs of ${groupId} were cached again after DELETE`);
  };

  const warmId = await ctx.newFinishedGroup(WARM_UP_RUNS);
  await firstPage(warmId);
  await forget(warmId);

  const largest = sizes[sizes.length - 1];
  const times = new Map<number, number[]>(sizes.map((s) => [s, []]));
  const uncompressedMs: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const size of sizes) {
      const ms = await firstPage(groups.get(size)!);
      times.get(size)!.push(ms);
      ctx.log(`B3 ${label} round ${round + 1}: ${size.toLocaleString("en-US")} runs, first page in ${ms.toFixed(1)} ms`);
      await forget(groups.get(size)!);
    }
    const ms = await firstPage(groups.get(largest)!, "identity");
    uncompressedMs.push(ms);
    ctx.log(`B3 ${label} round ${round + 1}: ${largest.toLocaleString("en-US")} runs, uncompressed, first page in ${ms.toFixed(1)} ms`);
    await forget(groups.get(largest)!);
  }
  return { times, uncompressedMs, cachedBeforeForget };
}

async function cachedRounds(
  ctx: BenchContext,
  { label, server, fillCachedGroup }: Dialect,
  sizes: number[],
): Promise<Map<number, number[]>> {
  const times = new Map<number, number[]>(sizes.map((s) => [s, []]));
  for (const size of sizes) {
    const groupId = `tgrp_b3cached${size}`;
    const startMs = performance.now();
    await fillCachedGroup(groupId, size);
    ctx.log(`B3 ${label}: ${size.toLocaleString("en-US")} cached runs written in ${((performance.now() - startMs) / 1000).toFixed(1)} s`);
  }
  const read = () =>
    fetch(`${server.url}/api/groups/tgrp_b3cached${sizes[0]}/runs?limit=${PAGE_LIMIT}`, { headers: server.credentials.apiHeaders });
  // Untimed, after the seconds of writing: the client's idle keep-alive socket may have been closed
  // by the server meanwhile, and the first request on it then fails; a second one opens a new socket.
  await (await read().catch(read)).body?.cancel();
  for (let round = 0; round < ROUNDS; round++) {
    for (const size of sizes) {
      const startMs = performance.now();
      const response = await fetch(`${server.url}/api/groups/tgrp_b3cached${size}/runs?limit=${PAGE_LIMIT}`, {
        headers: { "accept-encoding": "gzip, deflate", ...server.credentials.apiHeaders },
      });
      const body = (await response.json()) as PageBody & { total: number };
      const ms = performance.now() - startMs;
      if (response.status !== 200 || body.items.length !== PAGE_LIMIT || body.total !== size)
        throw new Error(
          `${label}: the cached first page of ${size} runs: status ${response.status}, ${JSON.stringify(body).slice(0, 300)}`,
        );
      times.get(size)!.push(ms);
      ctx.log(`B3 ${label} cached round ${round + 1}: ${size.toLocaleString("en-US")} runs, first page in ${ms.toFixed(1)} ms`);
    }
  }
  return times;
}
