import Database from "better-sqlite3";
import type { Figure } from "./lib/figure";
import { measure, type Measure } from "./lib/results";
import { roundRatios } from "./lib/stats";

// B3: the first page of /api/groups/{id}/runs when the console has never cached the group, for
// groups of very different sizes. Each round forgets the group afterwards (DELETE /api/groups/{id}),
// checks in the console's database that its cached runs are gone, and lets the stopped ingestion
// settle, so the next round is cold again.

const PAGE_LIMIT = 50;
const SETTLE_MS = 500;
const WARM_UP_RUNS = 200;

interface PageBody {
  items: unknown[];
  ingestion: { ingested: number };
}

export const figure: Figure = {
  id: "B3",
  what: "first page of /api/groups/{id}/runs?limit=50, cold cache, by group size",
  needsConsole: true,
  timeLimitMs: (quick) => (quick ? 150_000 : 1_200_000),
  run: async (ctx) => {
    const sizes = ctx.quick ? [1_000, 10_000, 100_000] : [1_000, 100_000, 1_000_000];
    const rounds = 5;
    const server = await ctx.console();
    const groups = new Map<number, string>();
    for (const size of sizes) groups.set(size, await ctx.finishedGroup(size));

    let db: Database.Database | null = null;
    const cachedRuns = (groupId: string) => {
      db ??= new Database(server.consoleDbPath, { readonly: true, fileMustExist: true });
      const runs = (db.prepare("SELECT COUNT(*) AS n FROM runs WHERE group_id = ?").get(groupId) as { n: number }).n;
      const ingest = (db.prepare("SELECT COUNT(*) AS n FROM run_ingest WHERE group_id = ?").get(groupId) as { n: number }).n;
      return runs + ingest;
    };
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
      cachedBeforeForget = Math.max(cachedBeforeForget, cachedRuns(groupId));
      const response = await fetch(`${server.url}/api/groups/${groupId}`, { method: "DELETE", headers: server.credentials.apiHeaders });
      if (response.status !== 204) throw new Error(`DELETE /api/groups/${groupId} answered ${response.status}: ${await response.text()}`);
      if (cachedRuns(groupId) !== 0) throw new Error(`the console still caches runs of ${groupId} after DELETE`);
      // The background ingestion stops at its next batch; after that nothing may come back.
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      if (cachedRuns(groupId) !== 0) throw new Error(`runs of ${groupId} were cached again after DELETE`);
    };

    try {
      const warmId = await ctx.newFinishedGroup(WARM_UP_RUNS);
      await firstPage(warmId);
      await forget(warmId);

      const largest = sizes[sizes.length - 1];
      const times = new Map<number, number[]>(sizes.map((s) => [s, []]));
      const uncompressedMs: number[] = [];
      for (let round = 0; round < rounds; round++) {
        for (const size of sizes) {
          const ms = await firstPage(groups.get(size)!);
          times.get(size)!.push(ms);
          ctx.log(`B3 round ${round + 1}: ${size.toLocaleString("en-US")} runs, first page in ${ms.toFixed(1)} ms`);
          await forget(groups.get(size)!);
        }
        const ms = await firstPage(groups.get(largest)!, "identity");
        uncompressedMs.push(ms);
        ctx.log(`B3 round ${round + 1}: ${largest.toLocaleString("en-US")} runs, uncompressed, first page in ${ms.toFixed(1)} ms`);
        await forget(groups.get(largest)!);
      }
      const measures: Measure[] = sizes.map((size) =>
        measure(`first page, ${size.toLocaleString("en-US")}-run group`, "ms", times.get(size)!, { op: "<=", value: 500 }),
      );
      measures.push(
        measure(`t(${largest.toLocaleString("en-US")}) ÷ t(1,000)`, "ratio", roundRatios(times.get(largest)!, times.get(sizes[0])!), {
          op: "<=",
          value: 1.5,
        }),
      );
      measures.push(measure(`first page, ${largest.toLocaleString("en-US")}-run group, client without gzip`, "ms", uncompressedMs));
      return {
        status: "measured",
        sizes: Object.fromEntries(sizes.map((s, i) => [`group ${i + 1} runs`, s])),
        measures,
        notes: [
          `Cold: the console has not seen the group, so the request imports it, starts ingesting its runs stream and answers once ${PAGE_LIMIT} runs are cached.`,
          `After each round DELETE /api/groups/{id} left 0 cached runs and no ingest record in the console database (up to ${cachedBeforeForget.toLocaleString("en-US")} rows just before).`,
        ],
      };
    } finally {
      (db as Database.Database | null)?.close();
    }
  },
};
