import "server-only";
import type { SpendGuard } from "../spend/spend-guard";
import type { z } from "zod";
import type { SampleGroup, sampleBodySchema } from "../contracts/group-sample";
import { AppError } from "../http/app-error";
import type { Metadata, TaskGroupRunResponse, TaskRunInput } from "../parallel/types";
import type { UpstreamTarget } from "../parallel/upstream-target";
import { callUpstream } from "../parallel/upstream-client.server";
import { createGroup } from "../registry/create-group";
import type { ConsoleDatabase } from "../registry/database-schema";
import { requireGroup } from "../registry/get-group";
import { ensureIngestion, ingestionError } from "../run-cache/ingestion-jobs";
import { SOURCE_GROUP_KEY, SOURCE_RUN_KEY, UPLOAD_ROW_KEY } from "./match-key";
import { pickSample } from "./pick-sample";

export interface CreateSampleGroupParams {
  db: ConsoleDatabase;
  target: UpstreamTarget;
  sourceGroupId: string;
  sample: z.output<typeof sampleBodySchema>;
  /** The member asking: the new group is theirs. */
  addedBy?: { id: string; email: string } | null;
  /** The budgets and the spend ledger: the sample's runs are reserved and recorded like any add-runs call. */
  spend?: SpendGuard;
}

/**
 * Creates a group that runs a sample of the source group's inputs on another processor. Each new run
 * records where it came from (`source_group`, `source_run`: the original run, followed back through
 * earlier samples; `row`: the upload row when there is one), so a comparison pairs it with its source.
 */
export async function createSampleGroup({
  db,
  target,
  sourceGroupId,
  sample,
  addedBy = null,
  spend,
}: CreateSampleGroupParams): Promise<SampleGroup> {
  const source = await requireGroup({ db, groupId: sourceGroupId });
  await ensureIngestion({ db, target, groupId: sourceGroupId });
  const failure = ingestionError({ db, groupId: sourceGroupId });
  if (failure) throw failure;

  const candidates = await db.selectFrom("runs").select(["run_id", "position", "status"]).where("group_id", "=", sourceGroupId).execute();
  const chosen = pickSample(
    candidates.map((run) => ({ runId: run.run_id, position: Number(run.position), status: run.status })),
    sample,
  );
  if (chosen.length === 0) {
    throw new AppError("validation_failed", `Group ${sourceGroupId} has no ${sample.method === "failed" ? "failed " : ""}runs to sample`, {
      errors: [{ loc: ["body", "method"], msg: "the sample is empty" }],
    });
  }
  const rows = await db
    .selectFrom("runs")
    .select(["run_id", "input", "metadata"])
    .where("group_id", "=", sourceGroupId)
    .where(
      "run_id",
      "in",
      chosen.map((run) => run.runId),
    )
    .execute();
  const byId = new Map(rows.map((row) => [row.run_id, row]));

  const inputs = chosen.map(({ runId }): TaskRunInput => {
    const row = byId.get(runId);
    const original = row?.input ? (JSON.parse(row.input) as TaskRunInput) : null;
    if (!original) throw new AppError("conflict", `Run ${runId} of group ${sourceGroupId} has no cached input yet; try again shortly`);
    const metadata = row?.metadata ? (JSON.parse(row.metadata) as Metadata) : {};
    return {
      ...original,
      processor: sample.processor,
      task_spec: sample.task_spec ?? original.task_spec ?? null,
      metadata: {
        ...(metadata[UPLOAD_ROW_KEY] !== undefined ? { [UPLOAD_ROW_KEY]: metadata[UPLOAD_ROW_KEY] } : {}),
        [SOURCE_GROUP_KEY]: sourceGroupId,
        [SOURCE_RUN_KEY]: typeof metadata[SOURCE_RUN_KEY] === "string" ? metadata[SOURCE_RUN_KEY] : runId,
      },
    };
  });

  const describe = sample.method === "random" ? `random ${chosen.length} (seed ${sample.seed})` : `${sample.method} ${chosen.length}`;
  const group = await createGroup({
    db,
    target,
    addedBy,
    metadata: {
      name: sample.name || `${source.name ?? sourceGroupId} · ${sample.processor} sample`,
      [SOURCE_GROUP_KEY]: sourceGroupId,
      sample: describe,
      ...(sample.task_spec ? { edited_task_spec: true } : {}),
    },
  });
  const body = { inputs };
  const reservation = await spend?.reserve({ groupId: group.taskgroup_id, requestBody: JSON.stringify(body), member: addedBy });
  let added: TaskGroupRunResponse;
  try {
    added = await callUpstream<TaskGroupRunResponse>({
      target,
      method: "POST",
      path: `/tasks/groups/${encodeURIComponent(group.taskgroup_id)}/runs`,
      json: body,
    });
  } catch (error) {
    // Refused by the upstream: nothing was spent. Unreachable: perhaps sent; the run count will tell.
    await (error instanceof AppError && error.code === "upstream_unreachable" ? reservation?.lose() : reservation?.release());
    throw error;
  }
  await reservation?.settle();
  return { group, runIds: added.run_ids, sourceGroupId };
}
