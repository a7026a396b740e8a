// B9's measuring process (started by bench/b9-compare.ts with the react-server condition, so the
// console's server modules load as in Next.js): two groups of the same N inputs in a fresh console
// database, one in five answers differing, then the compare endpoints' work timed in-process.
import { join } from "node:path";
import type { MatchBy } from "../../lib/compare/match-key";
import { compareGroups } from "../../lib/compare/compare-groups.server";
import { compareRows } from "../../lib/compare/compare-rows.server";
import type { TaskRunEvent, TaskRunOutput } from "../../lib/parallel/types";
import type { ConsoleDatabase } from "../../lib/registry/database-schema";
import { openConsoleDatabase } from "../../lib/registry/open-console-database";
import { startIngestState, updateIngestState } from "../../lib/run-cache/ingest-state";
import { storeRunBatch } from "../../lib/run-cache/store-run-batch";

const INSERT_BATCH_ROWS = 1_000;
const FIELDS = ["ceo", "revenue", "website", "employees", "summary"] as const;
const LEVELS = ["high", "medium", "low"] as const;
const MATCH: MatchBy = { mode: "row" };
const MATCH_BY_INPUT: MatchBy = { mode: "field", field: "company" };
const TARGET = { baseUrl: "http://127.0.0.1:9", prefix: "v1" as const, apiKey: undefined };

/** `reformatted`: the same answers written another way (thousands separators, www. and a path); `otherCeo`: a different CEO. */
function outputFor(row: number, { reformatted, otherCeo }: { reformatted: boolean; otherCeo: boolean }): TaskRunOutput {
  const revenue = ((row % 500) + 1) * 1_000;
  const content = {
    ceo: `Person ${(row * 7 + (otherCeo ? 1 : 0)) % 997}`,
    revenue: reformatted ? revenue.toLocaleString("en-US") : String(revenue),
    website: reformatted ? `https://www.company-${row}.example.com/about` : `https://company-${row}.example.com/`,
    employees: (row % 300) * 10,
    summary: `Company ${row} makes things. ${"Detail. ".repeat(20)}`,
  };
  const basis = FIELDS.map((field, index) => ({
    field,
    reasoning: `Read from the company's filings for row ${row}.`,
    citations: [{ url: `https://source-${index}.example.org/${row}`, title: `Source ${index}`, excerpts: [`Excerpt about ${field}.`] }],
    confidence: LEVELS[(row + index + (reformatted ? 1 : 0)) % 3],
  }));
  return { type: "json", content, basis };
}

/** `second`: the other processor's group, which writes every answer another way and names another CEO from `otherCeoFrom` on. */
async function fillGroup(
  db: ConsoleDatabase,
  groupId: string,
  runs: number,
  processor: string,
  second: boolean,
  otherCeoFrom: number,
): Promise<void> {
  const nowMs = Date.now();
  await db
    .insertInto("groups")
    .values({
      id: groupId,
      name: groupId,
      metadata: null,
      created_at: new Date(nowMs).toISOString(),
      upstream: "bench",
      source: "imported",
      status: JSON.stringify({
        num_task_runs: runs,
        task_run_status_counts: { completed: runs },
        is_active: false,
        status_message: null,
        modified_at: null,
      }),
      is_active: 0,
      num_runs: runs,
      status_counts: JSON.stringify({ completed: runs }),
      added_at_ms: nowMs,
      updated_at_ms: nowMs,
    })
    .execute();
  // Stored the way ingestion stores them (runs and their digests), then marked final as ingestion does.
  await startIngestState({ db, groupId });
  for (let start = 0; start < runs; start += INSERT_BATCH_ROWS) {
    const events = Array.from({ length: Math.min(INSERT_BATCH_ROWS, runs - start) }, (_, k): TaskRunEvent => {
      const row = start + k;
      const runId = `trun_${groupId.slice(5)}${row.toString(16).padStart(8, "0")}`;
      return {
        type: "task_run.state",
        event_id: null,
        run: {
          run_id: runId,
          interaction_id: `trun_${row}`,
          status: "completed",
          is_active: false,
          processor,
          metadata: { row },
          taskgroup_id: groupId,
          created_at: new Date(nowMs - 60_000).toISOString(),
          modified_at: new Date(nowMs - 60_000 + 1_000 + (row % 50) * 1_000).toISOString(),
          error: null,
          warnings: null,
        },
        input: { processor, input: { company: `Company ${row}` } },
        output: outputFor(row, { reformatted: second, otherCeo: second && row >= otherCeoFrom }),
      };
    });
    await storeRunBatch({ db, groupId, events });
  }
  await updateIngestState({ db, groupId, changes: { pass_complete: 1, final: 1 } });
}

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const startMs = performance.now();
  const value = await work();
  return [performance.now() - startMs, value];
}

async function main(): Promise<void> {
  const [workDir, runsText, roundsText] = process.argv.slice(2);
  const runs = Number(runsText);
  const rounds = Number(roundsText);
  const file = join(workDir, "b9-console.db");
  const a = "tgrp_b9aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
  const b = "tgrp_b9bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
  const setupDb = await openConsoleDatabase(file);
  const [fillMs] = await timed(async () => {
    await fillGroup(setupDb, a, runs, "lite", false, runs);
    await fillGroup(setupDb, b, runs, "core", true, Math.floor(runs * 0.8));
  });
  await setupDb.destroy();

  const firstPageMs: number[] = [];
  const coldMs: number[] = [];
  const cachedMs: number[] = [];
  const coldByInputMs: number[] = [];
  let agreement: number | null = null;
  for (let round = 0; round < rounds; round++) {
    // A fresh connection has no cached figures: each round's first computation is cold.
    const db = await openConsoleDatabase(file);
    const [pageMs, page] = await timed(() => compareRows({ db, groupIds: [a, b], matchBy: MATCH, limit: 50, show: "all" }));
    if (page.items.length !== 50) throw new Error(`the first page had ${page.items.length} rows`);
    firstPageMs.push(pageMs);
    const [cold, figures] = await timed(() => compareGroups({ db, target: TARGET, groupIds: [a, b], matchBy: MATCH }));
    if (figures.matched !== runs) throw new Error(`matched ${figures.matched} of ${runs} rows`);
    coldMs.push(cold);
    agreement = figures.fields.find((field) => field.field === "ceo")?.agreementRate ?? null;
    const [cached] = await timed(() => compareGroups({ db, target: TARGET, groupIds: [a, b], matchBy: MATCH }));
    cachedMs.push(cached);
    const [coldByInput, byInput] = await timed(() => compareGroups({ db, target: TARGET, groupIds: [a, b], matchBy: MATCH_BY_INPUT }));
    if (byInput.matched !== runs) throw new Error(`matched ${byInput.matched} of ${runs} rows by input field`);
    coldByInputMs.push(coldByInput);
    await db.destroy();
  }

  // A database cached before run digests existed: the first comparison writes both groups' digests.
  const olderDb = await openConsoleDatabase(file);
  await olderDb.deleteFrom("run_digests").execute();
  const [backfillMs] = await timed(() => compareGroups({ db: olderDb, target: TARGET, groupIds: [a, b], matchBy: MATCH }));
  await olderDb.destroy();
  process.stdout.write(`${JSON.stringify({ fillMs, firstPageMs, coldMs, cachedMs, coldByInputMs, backfillMs, agreement })}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
