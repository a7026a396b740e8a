// B9's measuring process (started by bench/b9-compare.ts with the react-server condition, so the
// console's server modules load as in Next.js): two groups of the same N inputs in a fresh console
// database, one in five answers differing, then the compare endpoints' work timed in-process.
import { join } from "node:path";
import type { MatchBy } from "../../lib/compare/match-key";
import { compareGroups } from "../../lib/compare/compare-groups.server";
import { compareRows } from "../../lib/compare/compare-rows.server";
import type { TaskRunOutput } from "../../lib/parallel/types";
import type { ConsoleDatabase } from "../../lib/registry/database-schema";
import { openConsoleDatabase } from "../../lib/registry/open-console-database";

const INSERT_BATCH_ROWS = 1_000;
const FIELDS = ["ceo", "revenue", "website", "employees", "summary"] as const;
const LEVELS = ["high", "medium", "low"] as const;
const MATCH: MatchBy = { mode: "row" };
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
  for (let start = 0; start < runs; start += INSERT_BATCH_ROWS) {
    const rows = Array.from({ length: Math.min(INSERT_BATCH_ROWS, runs - start) }, (_, k) => {
      const row = start + k;
      const output = outputFor(row, { reformatted: second, otherCeo: second && row >= otherCeoFrom });
      const created = new Date(nowMs - 60_000).toISOString();
      return {
        group_id: groupId,
        run_id: `trun_${groupId.slice(5)}${row.toString(16).padStart(8, "0")}`,
        position: row,
        status: "completed",
        is_active: 0 as const,
        processor,
        interaction_id: `trun_${row}`,
        metadata: JSON.stringify({ row }),
        error: null,
        warnings: null,
        created_at: created,
        modified_at: new Date(nowMs - 60_000 + 1_000 + (row % 50) * 1_000).toISOString(),
        search_text: `row ${row}`,
        input: JSON.stringify({ processor, input: { company: `Company ${row}` } }),
        output: JSON.stringify(output),
      };
    });
    await db.insertInto("runs").values(rows).execute();
  }
  await db
    .insertInto("run_ingest")
    .values({
      group_id: groupId,
      runs_cursor: null,
      pass_complete: 1,
      ingested_count: runs,
      final: 1,
      last_error: null,
      updated_at_ms: nowMs,
    })
    .execute();
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
    await db.destroy();
  }
  process.stdout.write(`${JSON.stringify({ fillMs, firstPageMs, coldMs, cachedMs, agreement })}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
