import { CompiledQuery, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConsoleDatabase } from "../registry/database-schema";
import { dialectOf } from "../registry/dialect-sql";
import { openTestConsoleDatabase } from "../testing/test-console-database";
import type { MatchBy } from "./match-key";
import { matchedRowsQuery, readMatchedRows } from "./matched-runs.server";

const A = "tgrp_a";
const B = "tgrp_b";
const C = "tgrp_c";
let db: ConsoleDatabase;

async function addRun(groupId: string, position: number, metadata: Record<string, unknown>, answer: string): Promise<void> {
  await db
    .insertInto("runs")
    .values({
      group_id: groupId,
      run_id: `trun_${groupId.slice(5)}${position}`,
      position,
      status: "completed",
      is_active: 0,
      processor: "lite",
      interaction_id: `trun_${position}`,
      metadata: JSON.stringify(metadata),
      error: null,
      warnings: null,
      created_at: null,
      modified_at: null,
      search_text: "",
      input: JSON.stringify({ processor: "lite", input: { company: `Company ${metadata.row}` } }),
      output: JSON.stringify({ type: "json", content: { ceo: answer }, basis: [] }),
    })
    .execute();
}

beforeAll(async () => {
  db = await openTestConsoleDatabase();
  for (let row = 0; row < 5; row++) await addRun(A, row, { row }, `Ceo ${row}`);
  // B answers rows 4..0 (another order), row 2 twice (its first answer counts) and has no row 0.
  for (const [position, row] of [4, 3, 2, 2, 1].entries()) await addRun(B, position, { row }, position === 3 ? "other" : `ceo ${row}`);
  for (let row = 1; row < 5; row++) await addRun(C, row, { row, source_run: `trun_a${row}` }, `CEO ${row}`);
});

afterAll(async () => {
  await db.destroy();
});

describe("readMatchedRows", () => {
  it("gives one row per run of the first group with a partner in every other, in the first group's order", async () => {
    const rows = await readMatchedRows({
      db,
      groupIds: [A, B, C],
      matchBy: { mode: "row" },
      afterPosition: -1,
      limit: 10,
      detail: "fields",
    });
    expect(rows.map((row) => row.key)).toEqual(["1", "2", "3", "4"]);
    const two = rows.find((row) => row.key === "2");
    expect(two?.runs.map((run) => run.runId)).toEqual(["trun_a2", "trun_b2", "trun_c2"]);
    expect(two?.runs.map((run) => run.fields?.values.ceo)).toEqual(["Ceo 2", "ceo 2", "CEO 2"]);
  });

  it("pairs a sample with its source by source run, and pages by position", async () => {
    const first = await readMatchedRows({ db, groupIds: [A, C], matchBy: { mode: "source" }, afterPosition: -1, limit: 2, detail: "full" });
    expect(first.map((row) => row.key)).toEqual(["trun_a1", "trun_a2"]);
    const next = await readMatchedRows({
      db,
      groupIds: [A, C],
      matchBy: { mode: "source" },
      afterPosition: first[1].position,
      limit: 2,
      detail: "full",
    });
    expect(next.map((row) => row.key)).toEqual(["trun_a3", "trun_a4"]);
  });

  it("walks the first group by position and finds each partner by index, for every match and 2 or 3 groups", async () => {
    const matches: MatchBy[] = [{ mode: "source" }, { mode: "row" }, { mode: "field", field: "company" }];
    for (const matchBy of matches) {
      for (const groupIds of [
        [A, B],
        [A, B, C],
      ]) {
        const compiled = matchedRowsQuery({
          dialect: dialectOf(db),
          groupIds,
          matchBy,
          afterPosition: -1,
          limit: 50,
          detail: "full",
        }).compile(db);
        if (dialectOf(db) === "postgres") {
          // Five rows: left to itself PostgreSQL would rightly scan them; the question is whether the indexes fit the query.
          const details = await db.transaction().execute(async (trx) => {
            await sql`set local enable_seqscan = off`.execute(trx);
            const plan = await trx.executeQuery<{ "QUERY PLAN": string }>(
              CompiledQuery.raw(`explain ${compiled.sql}`, [...compiled.parameters]),
            );
            return plan.rows.map((row) => row["QUERY PLAN"]).join("\n");
          });
          expect(details).toMatch(/Index Scan using runs_by_position on runs a\b/);
          expect(details.match(/Index Scan using runs_by_position on runs b\d/g)).toHaveLength(groupIds.length - 1);
          if (matchBy.mode === "source") expect(details).toMatch(/runs_by_source_key/);
          if (matchBy.mode === "row") expect(details).toMatch(/runs_by_upload_row/);
          continue;
        }
        const plan = await db.executeQuery<{ detail: string }>(
          CompiledQuery.raw(`explain query plan ${compiled.sql}`, [...compiled.parameters]),
        );
        const details = plan.rows.map((row) => row.detail).join("\n");
        expect(details).toMatch(/SEARCH a USING INDEX runs_by_position \(group_id=\? AND position>\?\)/);
        for (let i = 1; i < groupIds.length; i++) {
          expect(details).toMatch(new RegExp(`SEARCH b${i} USING INDEX runs_by_position \\(group_id=\\? AND position=\\?\\)`));
        }
        if (matchBy.mode === "source") expect(details).toMatch(/runs_by_source_key/);
        if (matchBy.mode === "row") expect(details).toMatch(/runs_by_upload_row/);
        expect(details).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
      }
    }
  });
});
