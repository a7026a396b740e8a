import "server-only";
import { getConsoleDatabase } from "../registry/console-database.server";
import { listMembers } from "./members";

/** The admins a member can ask for a higher role, owner first. */
export async function adminsToAsk(): Promise<{ name: string; email: string }[]> {
  const members = await listMembers(await getConsoleDatabase());
  return members
    .filter((member) => member.role === "admin")
    .sort((a, b) => Number(b.isOwner) - Number(a.isOwner))
    .map(({ name, email }) => ({ name, email }));
}
