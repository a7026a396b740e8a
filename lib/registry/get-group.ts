import "server-only";
import { AppError } from "../http/app-error";
import type { ConsoleDatabase } from "./database-schema";
import { toGroupEntry, type GroupEntry } from "./group-entry";

export async function getGroup({ db, groupId }: { db: ConsoleDatabase; groupId: string }): Promise<GroupEntry | null> {
  const row = await db.selectFrom("groups").selectAll().where("id", "=", groupId).executeTakeFirst();
  return row ? toGroupEntry(row) : null;
}

/** `getGroup`, throwing not_found (404) when the registry does not know the group. */
export async function requireGroup(params: { db: ConsoleDatabase; groupId: string }): Promise<GroupEntry> {
  const entry = await getGroup(params);
  if (!entry) throw groupNotRemembered(params.groupId);
  return entry;
}

export function groupNotRemembered(groupId: string): AppError {
  return new AppError("not_found", `Group ${groupId} is not in this console's list of groups`);
}
