import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmulator, type RunningEmulator } from "../../lib/emulator/start-emulator";
import { KEY_CANARY } from "../../scripts/key-canary";
import { OWNER } from "../auth-state";
import { openClusterDatabase, type ClusterDatabase } from "./cluster-database";
import { ConsoleInstance } from "./console-instance";
import { LoadBalancer } from "./load-balancer";

// E2E_PORT_OFFSET shifts these too, so two checkouts can run this suite side by side.
const BASE_PORT = 5300 + Number(process.env.E2E_PORT_OFFSET ?? 0);
/** Short, so a takeover after an instance died comes within seconds. */
export const CLUSTER_LEASE_TTL_MS = 2_000;
const EMULATOR_TIME_SCALE = 0.01;

/** The emulator, console instances A and B on one database, and a load balancer in front of them. */
export class Cluster {
  private constructor(
    readonly emulator: RunningEmulator,
    readonly a: ConsoleInstance,
    readonly b: ConsoleInstance,
    readonly lb: LoadBalancer,
    readonly database: ClusterDatabase,
    private readonly dir: string,
  ) {}

  static async start(): Promise<Cluster> {
    const dir = mkdtempSync(join(tmpdir(), "multi-instance-"));
    const database = await openClusterDatabase(dir);
    const emulator = await startEmulator({
      port: BASE_PORT,
      dbPath: join(dir, "emulator.db"),
      apiKey: KEY_CANARY,
      timeScale: EMULATOR_TIME_SCALE,
    });
    const lb = new LoadBalancer(BASE_PORT + 3, `http://127.0.0.1:${BASE_PORT + 1}`);
    const env = {
      ...database.env,
      // The public origin, the same for every instance: it names the session cookie and is the origin writes must come from.
      CONSOLE_URL: lb.url,
      PARALLEL_API_KEY: KEY_CANARY,
      PARALLEL_BASE_URL: emulator.url,
      PARALLEL_API_PREFIX: "v1",
      CONSOLE_UPSTREAM_KIND: "emulator",
      CONSOLE_ADMIN_EMAIL: OWNER.email,
      CONSOLE_ADMIN_PASSWORD: OWNER.password,
      CONSOLE_LEASE_TTL_MS: String(CLUSTER_LEASE_TTL_MS),
    };
    const a = new ConsoleInstance("A", BASE_PORT + 1, env, dir);
    const b = new ConsoleInstance("B", BASE_PORT + 2, env, dir);
    const cluster = new Cluster(emulator, a, b, lb, database, dir);
    try {
      // One after the other: the first migrates the database and adds the owner.
      await a.start();
      await b.start();
      await lb.start();
    } catch (error) {
      await cluster.stop();
      throw error;
    }
    console.log(`multi-instance cluster: A ${a.url}, B ${b.url}, load balancer ${lb.url}, emulator ${emulator.url}, ${database.describe}`);
    return cluster;
  }

  /** Both instances up again (a test may have killed one). */
  async ensureRunning(): Promise<void> {
    for (const instance of [this.a, this.b]) if (!instance.running) await instance.start();
  }

  async stop(): Promise<void> {
    await this.lb.stop();
    await Promise.all([this.a.stop(), this.b.stop()]);
    await this.emulator.close();
    await this.database.drop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
