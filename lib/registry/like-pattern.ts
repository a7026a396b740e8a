import "server-only";
import { sql, type RawBuilder } from "kysely";

/** A LIKE pattern for "contains `text`", lower-cased, with %, _ and \ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** `column LIKE pattern ESCAPE '\'`, valid on SQLite and PostgreSQL alike. */
export function likeContains(column: RawBuilder<unknown> | ReturnType<typeof sql.ref>, text: string): RawBuilder<boolean> {
  return sql<boolean>`${column} like ${containsPattern(text)} escape '\\'`;
}
