import { spawn } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./console-server";
import { descendants } from "./proc";

const START_TIMEOUT_MS = 30_000;

export type RelayKind = "sdk" | "plain";

export interface RelayProcess {
  url: string;
  /** The tsx launcher; the relay itself is its child process (`serverPid`). */
  pid: number;
  serverPid: () => number;
  stop: () => Promise<void>;
}

/** Starts bench/lib/relay-main.ts as a child process pointed at the emulator: the SDK baseline, or the plain relay. */
export function startRelayProcess(kind: RelayKind, upstreamUrl: string, apiKey: string): Promise<RelayProcess> {
  const child = spawn(join(ROOT, "node_modules", ".bin", "tsx"), [join(__dirname, "relay-main.ts"), kind, upstreamUrl, apiKey], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "inherit"],
  });
  // If the benchmark dies without stopping it, the relay must not outlive it.
  const killOnExit = () => child.kill("SIGTERM");
  process.once("exit", killOnExit);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      child.once("exit", () => {
        clearTimeout(timer);
        process.off("exit", killOnExit);
        resolve();
      });
      child.kill("SIGTERM");
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`the ${kind} relay did not start within ${START_TIMEOUT_MS} ms`));
    }, START_TIMEOUT_MS);
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening (\d+)/.exec(out);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        url: `http://127.0.0.1:${match[1]}`,
        pid: child.pid!,
        serverPid: () => descendants(child.pid!).at(-1) ?? child.pid!,
        stop,
      });
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the ${kind} relay exited with ${code} before it listened`));
    });
  });
}
