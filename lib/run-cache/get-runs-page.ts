import "server-only";
import { sql, type ExpressionBuilder } from "kysely";
import { z } from "zod";
import type { RunStatus } from "../parallel/types";
import type { ConsoleDatabase, ConsoleSchema } from "../registry/database-schema";
import { likeContains } from "../registry/like-pattern";
import { decodeCursor, encodeCursor } from "../registry/opaque-cursor";
import { toCachedRun } from "./cached-run";
import { getIngestState } from "./ingest-state";
import { isIngesting } from "./ingestion-jobs";

import { DEFAULT_RUNS_PAGE_SIZE, type IngestionProgress, type RunsPage } from "../contracts/group-runs";

export { DEFAULT_RUNS_PAGE_SIZE, type RunsPage };

export interface RunsPageQuery {
  db: ConsoleDatabase;
  groupId: string;
  status?: RunStatus;
  /** Case-insensitive substring of the run id, input or output text. */
  q?: string;
  cursor?: string;
  /** Rows to skip when there is no cursor: page-number links (page N = offset (N-1)×limit). */
  offset?: number;
  limit?: number;
  fields?: { input?: boolean; output?: boolean };
}

const cursorSchema = z.tuple([z.number().int().min(-1)]);

/** A page of the group's cached runs in stream order, keyset-paged on position; never calls upstream. */
export async function getRunsPage({
  db,
  groupId,
  status,
  q,
  cursor,
  offset = 0,
  limit = DEFAULT_RUNS_PAGE_SIZE,
  fields = {},
}: RunsPageQuery): Promise<RunsPage> {
  const [after] = cursor ? decodeCursor(cursor, cursorSchema) : [-1];
  const skip = cursor ? 0 : offset;

  const rows = await runsPageQuery({ db, groupId, status, q, after, limit, fields })
    .$if(skip > 0, (qb) => qb.offset(skip))
    .execute();
  const state = await getIngestState({ db, groupId });
  // storeRunBatch and forgetGroup keep ingested_count equal to the group's cached rows in the same
  // transactions, so an unfiltered page need not count up to 1,000,000 rows (B3); filters count.
  const total = !status && !q && state ? state.ingestedCount : await countMatching({ db, groupId, status, q });
  const ingestion: IngestionProgress = {
    complete: state?.passComplete ?? false,
    ingested: state?.ingestedCount ?? 0,
    final: state?.final ?? false,
    running: isIngesting({ db, groupId }),
    error: state?.lastError ?? null,
  };

  const page = rows.slice(0, limit);
  const lastPosition = page.length > 0 ? Number(page[page.length - 1].position) : after;
  const more = rows.length > limit || !ingestion.complete;
  return {
    items: page.map(toCachedRun),
    nextCursor: more ? encodeCursor([lastPosition]) : null,
    total,
    ingestion,
  };
}

async function countMatching({ db, groupId, status, q }: Pick<RunsPageQuery, "db" | "groupId" | "status" | "q">): Promise<number> {
  const { count } = await db
    .selectFrom("runs")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where(matching({ groupId, status, q }))
    .executeTakeFirstOrThrow();
  return Number(count);
}

const matching =
  ({ groupId, status, q }: Pick<RunsPageQuery, "groupId" | "status" | "q">) =>
  (eb: ExpressionBuilder<ConsoleSchema, "runs">) =>
    eb.and([
      eb("group_id", "=", groupId),
      ...(status ? [eb("status", "=", status)] : []),
      ...(q ? [likeContains(sql.ref("search_text"), q)] : []),
    ]);

/** The page query (exported so a test can check its plan): rows after position `after`, limit + 1. */
export function runsPageQuery({
  db,
  groupId,
  status,
  q,
  after,
  limit,
  fields,
}: Omit<RunsPageQuery, "cursor" | "offset"> & { after: number; limit: number }) {
  return db
    .selectFrom("runs")
    .select([
      "group_id",
      "run_id",
      "position",
      "status",
      "is_active",
      "processor",
      "interaction_id",
      "metadata",
      "error",
      "warnings",
      "created_at",
      "modified_at",
    ])
    .$if(fields?.input === true, (qb) => qb.select("input"))
    .$if(fields?.output === true, (qb) => qb.select("output"))
    .where(matching({ groupId, status, q }))
    .where("position", ">", after)
    .orderBy("position")
    .limit(limit + 1);
}
