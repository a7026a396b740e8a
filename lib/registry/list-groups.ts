import "server-only";
import { sql, type ExpressionBuilder, type RawBuilder } from "kysely";
import { z } from "zod";
import type { ConsoleDatabase, ConsoleSchema } from "./database-schema";
import { toGroupEntry } from "./group-entry";
import { likeContains } from "./like-pattern";
import { decodeCursor, encodeCursor, invalidCursor } from "./opaque-cursor";

import { DEFAULT_GROUPS_PAGE_SIZE, GROUP_SORTS, type GroupSort, type GroupsPage, type SortOrder } from "../contracts/groups";

export type { GroupSort, GroupsPage, SortOrder };

// Missing values sort as "" (first when ascending); the id breaks ties so the order is total.
const SORT_KEYS: Record<GroupSort, RawBuilder<string | number>> = {
  created_at: sql<string>`coalesce(created_at, '')`,
  name: sql<string>`lower(coalesce(name, ''))`,
  num_runs: sql<number>`num_runs`,
  added_at: sql<number>`added_at_ms`,
};

const cursorSchema = z.tuple([z.enum(GROUP_SORTS), z.enum(["asc", "desc"]), z.union([z.string(), z.number()]), z.string()]);

export interface ListGroupsParams {
  db: ConsoleDatabase;
  /** Matches id, name or metadata, case-insensitively. */
  q?: string;
  sort?: GroupSort;
  order?: SortOrder;
  limit?: number;
  cursor?: string;
  /** Only the groups this member created or imported. */
  addedById?: string;
}

/** A page of remembered groups, keyset-paged on (sort key, id). */
export async function listGroups({
  db,
  q,
  sort = "added_at",
  order = "desc",
  limit = DEFAULT_GROUPS_PAGE_SIZE,
  cursor,
  addedById,
}: ListGroupsParams): Promise<GroupsPage> {
  const key = SORT_KEYS[sort];
  const matchesText = (eb: ExpressionBuilder<ConsoleSchema, "groups">) =>
    q
      ? eb.or([
          likeContains(sql`lower(id)`, q),
          likeContains(sql`lower(coalesce(name, ''))`, q),
          likeContains(sql`lower(coalesce(metadata, ''))`, q),
        ])
      : eb.lit(true);
  const matches = (eb: ExpressionBuilder<ConsoleSchema, "groups">) =>
    addedById === undefined ? matchesText(eb) : eb.and([matchesText(eb), eb("added_by_id", "=", addedById)]);

  let query = db.selectFrom("groups").selectAll().select(key.as("sort_key")).where(matches);
  if (cursor) {
    const [cursorSort, cursorOrder, value, id] = decodeCursor(cursor, cursorSchema);
    if (cursorSort !== sort || cursorOrder !== order) throw invalidCursor(`was made for sort=${cursorSort}&order=${cursorOrder}`);
    const op = order === "asc" ? ">" : "<";
    query = query.where((eb) => eb.or([eb(key, op, value), eb.and([eb(key, "=", value), eb("id", op, id)])]));
  }
  const rows = await query
    .orderBy(key, order)
    .orderBy("id", order)
    .limit(limit + 1)
    .execute();
  const { count } = await db
    .selectFrom("groups")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where(matches)
    .executeTakeFirstOrThrow();

  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toGroupEntry),
    total: Number(count),
    nextCursor: rows.length > limit && last ? encodeCursor([sort, order, last.sort_key, last.id]) : null,
  };
}
