import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { Role } from "./roles";

interface NewMember {
  role: Role;
  isOwner: boolean;
}

// better-auth creates the user row itself; the role it gets is decided by whoever asked for the
// sign-up (setup: owner admin; an invitation: its role), carried here across that call. On
// globalThis: better-auth is built once per process by whichever route bundle comes first, and
// each bundle has its own copy of this module, so a module-level store would not be the one its
// hook reads when another route (setup, an invitation) signs someone up.
const globalForSignUps = globalThis as typeof globalThis & { __consoleNewMember?: AsyncLocalStorage<NewMember> };
const pending = (globalForSignUps.__consoleNewMember ??= new AsyncLocalStorage<NewMember>());

/** Runs `create` so that the user it signs up gets `member`'s role. */
export function asNewMember<T>(member: NewMember, create: () => Promise<T>): Promise<T> {
  return pending.run(member, create);
}

/** The role of a user being created now, if a setup or invitation asked for one. */
export function pendingNewMember(): NewMember | undefined {
  return pending.getStore();
}
