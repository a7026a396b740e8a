import "server-only";
import type { ConsoleDatabase } from "./database-schema";
import { groupNotRemembered, requireGroup } from "./get-group";
import type { GroupEntry } from "./group-entry";

/** Renames the group in this console only (the API has no way to change a group); null or "" clears the name. */
export async function renameGroup({
  db,
  groupId,
  name,
}: {
  db: ConsoleDatabase;
  groupId: string;
  name: string | null;
}): Promise<GroupEntry> {
  const trimmed = name?.trim() || null;
  const result = await db
    .updateTable("groups")
    .set({ name: trimmed, updated_at_ms: Date.now() })
    .where("id", "=", groupId)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw groupNotRemembered(groupId);
  return requireGroup({ db, groupId });
}
