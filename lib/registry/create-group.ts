import "server-only";
import { randomUUID } from "node:crypto";
import { AppError } from "../http/app-error";
import { databaseErrorFrom } from "../http/database-error";
import type { Metadata, TaskGroupResponse } from "../parallel/types";
import type { UpstreamTarget } from "../parallel/upstream-target";
import { callUpstream } from "../parallel/upstream-client.server";
import type { ConsoleDatabase } from "./database-schema";
import { getGroup } from "./get-group";
import { upstreamLabel, type GroupEntry } from "./group-entry";
import { creationInProgress, dropGroupCreation, findGroupCreation, recordGroupCreation, setCreatedGroupId } from "./group-creation-intents";
import { rememberGroup } from "./remember-group";

export interface CreateGroupParams {
  db: ConsoleDatabase;
  target: UpstreamTarget;
  metadata?: Metadata;
  /** The client's Idempotency-Key: a retry with it returns the group the first request created. */
  idempotencyKey?: string;
  /** The member creating it. */
  addedBy?: AddedBy | null;
}

type AddedBy = { id: string; email: string };

// Groups created upstream whose local write failed, by idempotency key: a retry saves them rather
// than creating another, even while the database still refuses to record their id.
// On globalThis so that a dev-mode module reload does not forget them.
const globalForCreations = globalThis as typeof globalThis & { __unsavedCreatedGroups?: Map<string, TaskGroupResponse> };
const unsaved = (globalForCreations.__unsavedCreatedGroups ??= new Map());

/**
 * Creates a group upstream (its name is `metadata.name`) and remembers it as created here. The
 * intent is recorded first, so a database that takes no writes fails the request before anything
 * is created upstream, and a retry with the same idempotency key returns the same group.
 */
export async function createGroup({
  db,
  target,
  metadata,
  idempotencyKey = randomUUID(),
  addedBy = null,
}: CreateGroupParams): Promise<GroupEntry> {
  const body = metadata ? { metadata } : {};
  const request = JSON.stringify(body);
  const earlier = await findGroupCreation(db, idempotencyKey);
  if (earlier && earlier.request !== request) {
    throw new AppError(
      "validation_failed",
      `Idempotency-Key '${idempotencyKey}' was already used to create a group with a different body`,
      {
        idempotency_key: idempotencyKey,
      },
    );
  }
  const lost = unsaved.get(idempotencyKey);
  if (lost) return saveCreatedGroup({ db, target, idempotencyKey, group: lost, addedBy });
  if (earlier) return replayCreation({ db, target, idempotencyKey, groupId: earlier.groupId, addedBy });

  await recordGroupCreation(db, { idempotencyKey, request, atMs: Date.now() });
  let group: TaskGroupResponse;
  try {
    group = await callUpstream<TaskGroupResponse>({ target, method: "POST", path: "/tasks/groups", json: body });
  } catch (error) {
    await dropGroupCreation(db, idempotencyKey).catch((dropError: unknown) =>
      console.error(`Could not drop the failed group creation ${idempotencyKey}:`, dropError),
    );
    throw error;
  }
  return saveCreatedGroup({ db, target, idempotencyKey, group, addedBy });
}

async function replayCreation(params: {
  db: ConsoleDatabase;
  target: UpstreamTarget;
  idempotencyKey: string;
  groupId: string | null;
  addedBy: AddedBy | null;
}): Promise<GroupEntry> {
  const { db, target, idempotencyKey, groupId, addedBy } = params;
  if (groupId === null) throw creationInProgress(idempotencyKey);
  const entry = await getGroup({ db, groupId });
  if (entry) return entry;
  const group = await callUpstream<TaskGroupResponse>({ target, path: `/tasks/groups/${encodeURIComponent(groupId)}` });
  return saveCreatedGroup({ db, target, idempotencyKey, group, addedBy });
}

async function saveCreatedGroup(params: {
  db: ConsoleDatabase;
  target: UpstreamTarget;
  idempotencyKey: string;
  group: TaskGroupResponse;
  addedBy: AddedBy | null;
}): Promise<GroupEntry> {
  const { db, target, idempotencyKey, group, addedBy } = params;
  const groupId = group.taskgroup_id;
  try {
    await setCreatedGroupId(db, idempotencyKey, groupId);
    const entry = await rememberGroup({ db, group, upstream: upstreamLabel(target), source: "created", addedBy });
    unsaved.delete(idempotencyKey);
    return entry;
  } catch (error) {
    unsaved.set(idempotencyKey, group);
    console.error(
      `Group ${groupId} was created upstream but could not be saved in the console database (Idempotency-Key ${idempotencyKey}):`,
      error,
    );
    const cause = databaseErrorFrom(error);
    throw new AppError(
      "database_unavailable",
      `Group ${groupId} was created upstream but could not be added to this console's list: ${cause?.message ?? "the database write failed."} ` +
        "Retry with the same Idempotency-Key to add it without creating another.",
      { ...cause?.detail, taskgroup_id: groupId, idempotency_key: idempotencyKey },
    );
  }
}
