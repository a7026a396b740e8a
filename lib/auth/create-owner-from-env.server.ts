import "server-only";
import type { ConsoleDatabase } from "../registry/database-schema";
import { recordAudit } from "./audit-log";
import type { ConsoleAuth } from "./console-auth.server";
import { countMembers } from "./count-members";
import { asNewMember } from "./new-member-role";

/**
 * CONSOLE_ADMIN_EMAIL + CONSOLE_ADMIN_PASSWORD: the owner, created at start when the console has no
 * member yet (scripts, containers, tests). Once anyone exists it does nothing: it never resets a password.
 */
export async function createOwnerFromEnv(
  auth: ConsoleAuth,
  db: ConsoleDatabase,
  owner: { email: string; password: string } | undefined,
): Promise<void> {
  if (!owner || (await countMembers(db)) > 0) return;
  const created = await asNewMember({ role: "admin", isOwner: true }, () =>
    auth.api.signUpEmail({ body: { email: owner.email, password: owner.password, name: owner.email.split("@")[0] } }),
  );
  // Signing up made a session nobody holds.
  await db.deleteFrom("session").where("userId", "=", created.user.id).execute();
  await recordAudit(db, {
    action: "setup.owner_created",
    actor: { id: created.user.id, email: created.user.email },
    detail: { via: "CONSOLE_ADMIN_EMAIL" },
  });
}
