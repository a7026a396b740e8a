import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { threadCpuSeconds } from "./proc";

// A fixed amount of work, not a time: the CPU it takes does not depend on the machine's load.
const SPIN = `
  const { parentPort } = require("node:worker_threads");
  let x = 0;
  for (let i = 0; i < 300_000_000; i++) x = (x + i) % 1_000_003;
  parentPort.postMessage(x);
`;

describe("threadCpuSeconds", () => {
  it("counts a busy worker thread's CPU as the other threads', not the main thread's", async () => {
    const before = threadCpuSeconds(process.pid);
    const worker = new Worker(SPIN, { eval: true });
    // Read while the worker still runs: an exited thread leaves /proc/<pid>/task.
    const during = await new Promise<ReturnType<typeof threadCpuSeconds>>((resolve, reject) => {
      worker.once("message", () => resolve(threadCpuSeconds(process.pid)));
      worker.once("error", reject);
    });
    await worker.terminate();

    const others = during.others - before.others;
    const main = during.main - before.main;
    expect(others).toBeGreaterThan(0.1);
    expect(others).toBeGreaterThan(main);
  });

  it("reads nothing for a process that is gone", () => {
    expect(threadCpuSeconds(2 ** 22 + 1)).toEqual({ main: 0, others: 0 });
  });
});
