import { join } from "node:path";
import type { Role } from "../lib/auth/roles";
import { e2eRunDir } from "./run-dir";

// The e2e suite's members. Every console server starts with the owner (CONSOLE_ADMIN_EMAIL); the
// setup project (auth.setup.ts) signs each member in on every server and stores their sessions.

export const OWNER = { email: "owner@e2e.test", password: "owner-password-1", name: "Owner" };
export const E2E_MEMBERS: Record<Role, { email: string; password: string; name: string }> = {
  admin: OWNER,
  operator: { email: "operator@e2e.test", password: "operator-password-1", name: "Olive Operator" },
  viewer: { email: "viewer@e2e.test", password: "viewer-password-1", name: "Vic Viewer" },
};

/** Where a role's signed-in sessions (cookies for every e2e server) are stored for this run. */
export function storageStatePath(role: Role): string {
  return join(e2eRunDir(), `storage-${role}.json`);
}
