import "server-only";
import { getUpstreamTarget, type UpstreamTarget } from "../parallel/upstream.server";
import type { ConsoleDatabase } from "./database-schema";
import { getConsoleDatabase } from "./console-database.server";

export interface RouteDeps {
  db: ConsoleDatabase;
  target: UpstreamTarget;
}

/**
 * What the /api/groups handlers work on: the database at CONSOLE_DB and the upstream from
 * PARALLEL_BASE_URL / PARALLEL_API_PREFIX / PARALLEL_API_KEY. Both are read on first use, so a test
 * sets those variables (emulator URL, temp file) before its first request and gets the real wiring.
 */
export async function getRouteDeps(): Promise<RouteDeps> {
  return { db: await getConsoleDatabase(), target: getUpstreamTarget() };
}
