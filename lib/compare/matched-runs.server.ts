import "server-only";
import { sql, type RawBuilder } from "kysely";
import type { RunStatus, TaskRunOutput } from "../parallel/types";
import type { ConsoleDatabase } from "../registry/database-schema";
import { dialectOf, jsonField, jsonPathText, type ConsoleDialect } from "../registry/dialect-sql";
import type { MatchBy } from "./match-key";
import { outputFieldsOf, type OutputFields } from "./output-fields";

// The matched rows of two or three groups, read from the run cache in the first group's order. Each
// other group is reduced (in SQL) to one run per key, its first, so a key repeated in a group never
// multiplies rows; the first group's runs are the rows.

export interface MatchedRun {
  runId: string;
  status: RunStatus;
  /** `full`: the output as cached; `fields`: only the values (no basis: confidences are counted in SQL). */
  output: TaskRunOutput | null;
  fields: OutputFields | null;
}

export interface MatchedRow {
  /** Position of the first group's run: the keyset cursor. */
  position: number;
  key: string;
  runs: MatchedRun[];
}

export interface MatchedRowsQuery {
  db: ConsoleDatabase;
  groupIds: readonly string[];
  matchBy: MatchBy;
  afterPosition: number;
  limit: number;
  detail: "full" | "fields";
}

/** The key expression of a run of table alias `t`; the same text as the migration's indexes for source and row. */
export function matchKeySql(dialect: ConsoleDialect, by: MatchBy, table?: string): RawBuilder<string | null> {
  const col = (name: string) => (table ? sql.ref(`${table}.${name}`) : sql.ref(name));
  if (by.mode === "source") return sql<string | null>`coalesce(${jsonField(dialect, col("metadata"), "source_run")}, ${col("run_id")})`;
  if (by.mode === "row")
    return dialect === "postgres"
      ? jsonField(dialect, col("metadata"), "row")
      : sql<string | null>`cast(${jsonField(dialect, col("metadata"), "row")} as text)`;
  // The field name is checked against a strict pattern by the contract; it is still passed as a value.
  return sql<string | null>`lower(trim(${jsonPathText(dialect, col("input"), ["input", by.field])}))`;
}

interface RawRow {
  position: number;
  match_key: string;
  [column: string]: unknown;
}

/** The matched rows' query (exported so a test can check its plan). */
export function matchedRowsQuery({
  dialect,
  groupIds,
  matchBy,
  afterPosition,
  limit,
  detail,
}: Omit<MatchedRowsQuery, "db"> & { dialect: ConsoleDialect }) {
  const [firstId, ...otherIds] = groupIds;
  const matchKey = (table?: string) => matchKeySql(dialect, matchBy, table);
  const outputColumn = (table: string, index: number) =>
    detail === "full"
      ? sql`${sql.ref(`${table}.output`)} as ${sql.ref(`o${index}`)}`
      : sql`${jsonField(dialect, sql.ref(`${table}.output`), "type")} as ${sql.ref(`t${index}`)},
            ${jsonField(dialect, sql.ref(`${table}.output`), "content")} as ${sql.ref(`c${index}`)}`;
  const ctes = otherIds.map(
    (id, i) =>
      sql`${sql.ref(`k${i + 1}`)} as materialized (
        select ${matchKey()} as k, min(position) as pos from runs
        where group_id = ${id} and ${matchKey()} is not null group by 1)`,
  );
  const columns = [
    sql`a.position as position, ${matchKey("a")} as match_key, a.run_id as r0, a.status as s0, ${outputColumn("a", 0)}`,
    ...otherIds.map(
      (_, i) =>
        sql`${sql.ref(`b${i + 1}.run_id`)} as ${sql.ref(`r${i + 1}`)}, ${sql.ref(`b${i + 1}.status`)} as ${sql.ref(`s${i + 1}`)}, ${outputColumn(`b${i + 1}`, i + 1)}`,
    ),
  ];
  // CROSS JOIN fixes the loop order (SQLite never reorders it): the first group by position, then
  // the key's partner, then that run by (group, position). Left to itself the planner looped over
  // the partner group's rows for every row: 1.3 s instead of 15 ms for 2,000 rows (B9).
  // PostgreSQL takes no ON after CROSS JOIN, and plans the inner join well by itself.
  const join = dialect === "postgres" ? sql`inner join` : sql`cross join`;
  const joins = otherIds.map(
    (id, i) => sql`${join} ${sql.ref(`k${i + 1}`)} on ${sql.ref(`k${i + 1}.k`)} = ${matchKey("a")}
      ${join} runs ${sql.ref(`b${i + 1}`)} on ${sql.ref(`b${i + 1}.group_id`)} = ${id} and ${sql.ref(`b${i + 1}.position`)} = ${sql.ref(`k${i + 1}.pos`)}`,
  );
  return sql<RawRow>`with ${sql.join(ctes)}
    select ${sql.join(columns)} from runs a ${sql.join(joins, sql` `)}
    where a.group_id = ${firstId} and a.position > ${afterPosition}
    order by a.position limit ${limit}`;
}

export async function readMatchedRows(params: MatchedRowsQuery): Promise<MatchedRow[]> {
  const { db, groupIds, detail } = params;
  const { rows } = await matchedRowsQuery({ ...params, dialect: dialectOf(db) }).execute(db);
  return rows.map((row) => ({
    position: Number(row.position),
    key: String(row.match_key),
    runs: groupIds.map((_, index) => matchedRunOf(row, index, detail)),
  }));
}

function matchedRunOf(row: RawRow, index: number, detail: MatchedRowsQuery["detail"]): MatchedRun {
  const runId = String(row[`r${index}`]);
  const status = row[`s${index}`] as RunStatus;
  if (detail === "full") {
    const text = row[`o${index}`];
    const output = typeof text === "string" ? (JSON.parse(text) as TaskRunOutput) : null;
    return { runId, status, output, fields: output ? outputFieldsOf(output) : null };
  }
  const type = row[`t${index}`];
  if (typeof type !== "string") return { runId, status, output: null, fields: null };
  const content = row[`c${index}`];
  const parsedContent: unknown = typeof content === "string" && type === "json" ? JSON.parse(content) : content;
  const fields = outputFieldsOf({ type: type === "text" ? "text" : "json", content: parsedContent, basis: [] } as TaskRunOutput);
  return { runId, status, output: null, fields };
}
