// Starts and stops scripts/throwaway-postgres.sh's cluster from a Node script (`npm test`, the
// benchmarks): a PostgreSQL server of its own in a temporary folder, gone after stop().
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

const SCRIPT = resolve(__dirname, "throwaway-postgres.sh");
const run = promisify(execFile);

export const POSTGRES_INSTALL_HINT =
  "PostgreSQL server binaries were not found (looked in /usr/lib/postgresql/*/bin and PATH): install Debian's postgresql package " +
  "(apt-get install postgresql), or set TEST_DATABASE_URL to a server where the tests may create databases.";

export interface ThrowawayPostgres {
  /** postgres://tgc@127.0.0.1:PORT/postgres: a superuser, trusted without password. */
  url: string;
  stop(): Promise<void>;
}

/** Whether this machine has PostgreSQL's server binaries. */
export async function hasPostgresServer(): Promise<boolean> {
  try {
    await run("bash", [SCRIPT, "bindir"]);
    return true;
  } catch {
    return false;
  }
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const dir = mkdtempSync(join(tmpdir(), "tgc-postgres-"));
  const stop = async () => {
    await run("bash", [SCRIPT, "stop", dir]);
  };
  try {
    const { stdout } = await run("bash", [SCRIPT, "start", dir]);
    return { url: stdout.trim(), stop };
  } catch (error) {
    await stop();
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`Could not start a throwaway PostgreSQL: ${stderr || String(error)}`, { cause: error });
  }
}
