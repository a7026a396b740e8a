import "server-only";
import type { InvitationEntry } from "../contracts/team";
import { AppError } from "../http/app-error";
import { getConsoleDatabase } from "../registry/console-database.server";
import { findUsableInvitation } from "./invitations";

/** The invitation a link opens, or why it cannot be used (not valid, used, revoked, expired). */
export async function invitationForPage(token: string): Promise<{ invitation: InvitationEntry } | { problem: string }> {
  try {
    return { invitation: await findUsableInvitation(await getConsoleDatabase(), token) };
  } catch (error) {
    if (error instanceof AppError) return { problem: error.message };
    throw error;
  }
}
