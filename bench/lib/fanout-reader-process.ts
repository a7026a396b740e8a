import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./console-server";
import type { ReaderReply } from "./fanout-reader-main";
import type { FanoutReadParams, FanoutReading } from "./fanout-reading";

const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 5_000;
/** Past the readers' own time limit: scanning the arrivals and sending them back. */
const REPLY_MARGIN_MS = 60_000;

export interface FanoutReaderProcess {
  /** One round's readers in the child process; resolves with what they measured there. `onJoined`: all its clients are connected. */
  read: (params: FanoutReadParams, onJoined: () => void) => Promise<FanoutReading>;
  stop: () => Promise<void>;
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** Starts bench/lib/fanout-reader-main.ts as a child process with an IPC channel; resolves once it listens for rounds. */
export function startFanoutReaderProcess(name: string): Promise<FanoutReaderProcess> {
  // tsx relays the IPC channel to the process that runs the script.
  const child = spawn(join(ROOT, "node_modules", ".bin", "tsx"), [join(__dirname, "fanout-reader-main.ts")], {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  // If the benchmark dies without stopping it, the readers must not outlive it.
  const killOnExit = () => child.kill("SIGTERM");
  process.once("exit", killOnExit);
  const stop = () =>
    new Promise<void>((resolve) => {
      if (exited(child)) return resolve();
      const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
      child.once("exit", () => {
        clearTimeout(timer);
        process.off("exit", killOnExit);
        resolve();
      });
      child.kill("SIGTERM");
    });

  const read = (params: FanoutReadParams, onJoined: () => void) =>
    new Promise<FanoutReading>((resolve, reject) => {
      const settle = (error: Error | null, reading?: FanoutReading) => {
        clearTimeout(timer);
        child.off("message", onMessage);
        child.off("exit", onExit);
        if (error) reject(error);
        else resolve(reading!);
      };
      const timer = setTimeout(
        () => settle(new Error(`${name}'s readers did not answer within ${params.timeLimitMs + REPLY_MARGIN_MS} ms`)),
        params.timeLimitMs + REPLY_MARGIN_MS,
      );
      const onMessage = (message: ReaderReply) => {
        if ("joined" in message) onJoined();
        else if ("error" in message) settle(new Error(`${name}'s readers: ${message.error}`));
        else settle(null, message.reading);
      };
      const onExit = (code: number | null) => settle(new Error(`${name}'s reader process exited with ${code} during a round`));
      child.on("message", onMessage);
      child.once("exit", onExit);
      child.send(params);
    });

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${name}'s reader process did not start within ${START_TIMEOUT_MS} ms`));
    }, START_TIMEOUT_MS);
    child.once("message", () => {
      clearTimeout(timer);
      child.off("exit", onEarlyExit);
      resolve({ read, stop });
    });
    const onEarlyExit = (code: number | null) => {
      clearTimeout(timer);
      process.off("exit", killOnExit);
      reject(new Error(`${name}'s reader process exited with ${code} before it was ready`));
    };
    child.once("exit", onEarlyExit);
  });
}
