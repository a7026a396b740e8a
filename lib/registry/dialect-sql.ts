import "server-only";
import { PostgresAdapter, sql, type QueryExecutor, type RawBuilder } from "kysely";

// The SQL that differs between the console's two databases, written once for both. The SQLite
// text of each is what the code wrote before PostgreSQL support, character for character: the
// expression indexes of the compare migration match it.

export type ConsoleDialect = "sqlite" | "postgres";

/** Anything that runs queries: the database, a transaction, a migration's `Kysely<unknown>`. */
interface QueryRunner {
  getExecutor(): QueryExecutor;
}

export function dialectOf(db: QueryRunner): ConsoleDialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? "postgres" : "sqlite";
}

type Column = RawBuilder<unknown> | ReturnType<typeof sql.ref>;

/**
 * The value at `key` of the JSON text in `column`: on PostgreSQL as text, on SQLite as
 * json_extract answers it (text, or a number for a JSON number). `key` is part of the SQL text (so
 * that an index on the expression can serve it): never pass user input.
 */
export function jsonField(dialect: ConsoleDialect, column: Column, key: string): RawBuilder<string | null> {
  if (dialect === "postgres") return sql<string | null>`(${column}::json ->> ${sql.lit(key)})`;
  return sql<string | null>`json_extract(${column}, ${sql.lit(`$.${key}`)})`;
}

/** As text, the value at `path` (keys, given as a query parameter) of the JSON text in `column`. */
export function jsonPathText(dialect: ConsoleDialect, column: Column, path: readonly string[]): RawBuilder<string | null> {
  if (dialect === "postgres") return sql<string | null>`(${column}::json #>> ${sql.val(path)}::text[])`;
  const jsonPath = `$${path.map((key) => `."${key}"`).join("")}`;
  return sql<string | null>`cast(json_extract(${column}, ${jsonPath}) as text)`;
}

/**
 * The elements of the JSON array at `key` of `column`, as a join to a row source named `alias`:
 * `elementIndex` is each element's 0-based index, `elementText` its JSON text, `elementField` one
 * of its fields (see jsonField).
 */
export function jsonArrayElements(dialect: ConsoleDialect, column: Column, key: string, alias: string) {
  const ref = (name: string) => sql.ref(`${alias}.${name}`);
  if (dialect === "postgres")
    return {
      join: sql`cross join lateral json_array_elements(${column}::json -> ${sql.lit(key)}) with ordinality as ${sql.table(alias)}(value, ordinality)`,
      elementIndex: sql<number>`(${ref("ordinality")} - 1)`,
      elementText: sql<string>`${ref("value")}::text`,
      elementField: (field: string) => sql<string | null>`(${ref("value")} ->> ${sql.lit(field)})`,
    };
  return {
    join: sql`cross join json_each(${column}, ${sql.lit(`$.${key}`)}) ${sql.table(alias)}`,
    elementIndex: sql<number>`${ref("key")}`,
    elementText: sql<string>`${ref("value")}`,
    elementField: (field: string) => jsonField("sqlite", ref("value"), field),
  };
}

/**
 * Serializes check-then-write transactions that share `key` (call it first in the transaction).
 * SQLite needs nothing: the console's transactions take its one write lock when they begin. On
 * PostgreSQL it is a transaction-scoped advisory lock, so instances on one database wait for each
 * other too.
 */
export async function lockForTransaction(trx: QueryRunner, key: string): Promise<void> {
  if (dialectOf(trx) !== "postgres") return;
  await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(trx);
}
