import "server-only";
import { getConsoleDatabase } from "./console-database.server";
import { getGroup } from "./get-group";

/**
 * Whether the registry lists the group, for a page deciding to import it by POST before reading it.
 * A database that cannot be read counts as listed: the page's own GET then shows what is wrong.
 */
export async function isGroupRemembered(groupId: string): Promise<boolean> {
  try {
    return (await getGroup({ db: await getConsoleDatabase(), groupId })) !== null;
  } catch {
    return true;
  }
}
