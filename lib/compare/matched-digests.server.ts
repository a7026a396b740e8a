import "server-only";
import type { ExpressionBuilder } from "kysely";
import type { ConsoleDatabase, ConsoleSchema, RunDigestsTable } from "../registry/database-schema";
import { dialectOf } from "../registry/dialect-sql";
import type { PackedFields } from "./field-digest";
import type { MatchBy } from "./match-key";
import { matchKeySql } from "./matched-runs.server";
import { packedFieldsOf } from "./run-digest";

// The matched rows of two or three groups as field digests (run_digests), in the first group's
// order, for the figures. The same pairing as matched-runs.server.ts: each run of the first group
// with a key is a row; another group contributes its first run (lowest position) with that key.

/** Matched rows per query: a few MB of digests. */
const DIGEST_BATCH_ROWS = 20_000;
/** Positions per IN list when matching by an input field: under every database's parameter limit. */
const POSITIONS_PER_QUERY = 5_000;

/** One matched row: per group the run's packed fields, null for a run without output. */
export type DigestRow = Array<PackedFields | null>;

export interface MatchedDigestsQuery {
  db: ConsoleDatabase;
  groupIds: readonly string[];
  matchBy: MatchBy;
}

/** Every matched row, in batches. */
export function readMatchedDigests(query: MatchedDigestsQuery): AsyncGenerator<DigestRow[]> {
  return query.matchBy.mode === "field" ? byInputField(query) : byStoredKey(query);
}

type KeyColumn = "source_key" | "row_key";
type WalkScope = ExpressionBuilder<ConsoleSchema & { a: RunDigestsTable }, "a">;

/** The position of the group's first run with the key of the first group's run `a` (the key's index answers it). */
function partnerPosition(eb: WalkScope, groupId: string, column: KeyColumn) {
  return eb
    .selectFrom("run_digests as k")
    .select((k) => k.fn.min("k.position").as("first"))
    .where("k.group_id", "=", groupId)
    .whereRef(`k.${column}`, "=", `a.${column}`);
}

/**
 * By source run or upload row: both keys are in the digest, so one query per batch walks the first
 * group by position and finds each partner through the key's index (group, key, position). With two
 * groups the third join names no group and finds nothing (one empty index probe per row).
 */
async function* byStoredKey({ db, groupIds, matchBy }: MatchedDigestsQuery): AsyncGenerator<DigestRow[]> {
  const column: KeyColumn = matchBy.mode === "source" ? "source_key" : "row_key";
  const [first, second, third] = groupIds;
  let after = -1;
  for (;;) {
    const rows = await db
      .selectFrom("run_digests as a")
      .innerJoin("run_digests as b1", (join) =>
        join.on("b1.group_id", "=", second).on((eb) => eb("b1.position", "=", partnerPosition(eb, second, column))),
      )
      .leftJoin("run_digests as b2", (join) =>
        join.on("b2.group_id", "=", third ?? "").on((eb) => eb("b2.position", "=", partnerPosition(eb, third ?? "", column))),
      )
      .select([
        "a.position",
        "a.field_names as n0",
        "a.field_values as v0",
        "a.field_levels as l0",
        "b1.field_names as n1",
        "b1.field_values as v1",
        "b1.field_levels as l1",
        "b2.field_names as n2",
        "b2.field_values as v2",
        "b2.field_levels as l2",
      ])
      .where("a.group_id", "=", first)
      .where("a.position", ">", after)
      .$if(third !== undefined, (qb) => qb.where("b2.position", "is not", null))
      .orderBy("a.position")
      .limit(DIGEST_BATCH_ROWS)
      .execute();
    yield rows.map((row) => {
      const packed = [
        packedFieldsOf({ field_names: row.n0, field_values: row.v0, field_levels: row.l0 }),
        packedFieldsOf({ field_names: row.n1, field_values: row.v1, field_levels: row.l1 }),
      ];
      if (third !== undefined) packed.push(packedFieldsOf({ field_names: row.n2, field_values: row.v2, field_levels: row.l2 }));
      return packed;
    });
    if (rows.length < DIGEST_BATCH_ROWS) return;
    after = Number(rows[rows.length - 1].position);
  }
}

/**
 * By an input field: the key is read from the cached inputs (the expression the rows page uses,
 * no index), once per group; the rows are paired here and their digests read by position.
 */
async function* byInputField({ db, groupIds, matchBy }: MatchedDigestsQuery): AsyncGenerator<DigestRow[]> {
  const key = matchKeySql(dialectOf(db), matchBy);
  const [firstKeys, ...otherKeys] = await Promise.all(
    groupIds.map((groupId) =>
      db
        .selectFrom("runs")
        .select(["position", key.as("key")])
        .where("group_id", "=", groupId)
        .where(key, "is not", null)
        .orderBy("position")
        .execute(),
    ),
  );
  const partnerIndexes = otherKeys.map((keyed) => {
    const byKey = new Map<string, number>();
    for (const row of keyed) if (!byKey.has(String(row.key))) byKey.set(String(row.key), Number(row.position));
    return byKey;
  });
  const matched: number[][] = [];
  for (const row of firstKeys) {
    const partners = partnerIndexes.map((byKey) => byKey.get(String(row.key)));
    if (partners.every((partner): partner is number => partner !== undefined)) matched.push([Number(row.position), ...partners]);
  }
  for (let start = 0; start < matched.length; start += POSITIONS_PER_QUERY) {
    const batch = matched.slice(start, start + POSITIONS_PER_QUERY);
    const byGroup = await Promise.all(
      groupIds.map((groupId, index) =>
        digestsAt(
          db,
          groupId,
          batch.map((positions) => positions[index]),
        ),
      ),
    );
    yield batch.map((positions) => positions.map((position, index) => byGroup[index].get(position) ?? null));
  }
}

async function digestsAt(db: ConsoleDatabase, groupId: string, positions: number[]): Promise<Map<number, PackedFields | null>> {
  const rows = await db
    .selectFrom("run_digests")
    .select(["position", "field_names", "field_values", "field_levels"])
    .where("group_id", "=", groupId)
    .where("position", "in", positions)
    .execute();
  return new Map(rows.map((row) => [Number(row.position), packedFieldsOf(row)]));
}
