import "server-only";
import { sql } from "kysely";
import type { ConsoleDatabase } from "../registry/database-schema";
import { dialectOf, jsonArrayElements } from "../registry/dialect-sql";
import { confidenceLevelOf, emptyHistogram, type ConfidenceHistogram } from "./confidence-histogram";

/**
 * A group's basis confidence levels per top-level output field, over every run with an output,
 * counted in SQL: reading each basis into JavaScript cost more than the rest of a comparison (B9).
 */
export async function confidenceHistograms({
  db,
  groupId,
}: {
  db: ConsoleDatabase;
  groupId: string;
}): Promise<Map<string, ConfidenceHistogram>> {
  const basis = jsonArrayElements(dialectOf(db), sql.ref("r.output"), "basis", "b");
  const field = basis.elementField("field");
  const { rows } = await sql<{ field: string; level: string | null; n: number }>`
    select ${field} as field, ${basis.elementField("confidence")} as level, count(*) as n
    from runs r ${basis.join}
    where r.group_id = ${groupId} and r.output is not null and ${field} not like '%.%'
    group by 1, 2`.execute(db);
  const byField = new Map<string, ConfidenceHistogram>();
  for (const row of rows) {
    let histogram = byField.get(row.field);
    if (!histogram) byField.set(row.field, (histogram = emptyHistogram()));
    histogram[confidenceLevelOf(row.level)] += Number(row.n);
  }
  return byField;
}
