import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { join, resolve } from "node:path";
import { nextBin, withMethodGuard } from "../../scripts/next-process";

const ROOT = resolve(__dirname, "..", "..");
const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 15_000;

/** One `next start` of the built console, in its own process group so it can be killed whole. */
export class ConsoleInstance {
  private child: ChildProcess | null = null;

  constructor(
    readonly name: string,
    private readonly port: number,
    private readonly env: Record<string, string>,
    private readonly logDir: string,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  async start(): Promise<void> {
    const log = createWriteStream(join(this.logDir, `${this.name}.log`), { flags: "a" });
    const child = spawn(nextBin(ROOT), ["start", "-H", "127.0.0.1", "-p", String(this.port)], {
      cwd: ROOT,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: withMethodGuard(ROOT, { ...process.env, ...this.env, PORT: String(this.port), NEXT_TELEMETRY_DISABLED: "1" }),
    });
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
    this.child = child;
    const deadline = Date.now() + READY_TIMEOUT_MS;
    for (;;) {
      if (!this.running) throw new Error(`console ${this.name} exited before it was ready (see ${this.logDir}/${this.name}.log)`);
      const ok = await fetch(`${this.url}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return;
      if (Date.now() > deadline) throw new Error(`console ${this.name} did not answer within ${READY_TIMEOUT_MS} ms`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  /**
   * SIGTERM to the instance alone, as an orchestrator stops a container: resolves with its exit code
   * and how long it took to exit once it has (SIGKILL past STOP_TIMEOUT_MS, which then shows as null).
   */
  async terminate(): Promise<{ code: number | null; durationMs: number }> {
    const child = this.child;
    if (!child || !this.running) throw new Error(`console ${this.name} is not running`);
    const startedMs = performance.now();
    const exited = new Promise<number | null>((resolveExit) => child.once("exit", (code) => resolveExit(code)));
    child.kill("SIGTERM");
    const timer = setTimeout(() => this.running && process.kill(-child.pid!, "SIGKILL"), STOP_TIMEOUT_MS);
    const code = await exited;
    clearTimeout(timer);
    return { code, durationMs: Math.round(performance.now() - startedMs) };
  }

  /** Ends the instance with `signal` sent to its whole process group, and waits until it is gone. */
  async stop(signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    const exited = new Promise<void>((resolveExit) => child.once("exit", () => resolveExit()));
    process.kill(-child.pid!, signal);
    const timer = setTimeout(() => this.running && process.kill(-child.pid!, "SIGKILL"), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }
}
