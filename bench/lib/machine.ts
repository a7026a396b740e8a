import { cpus, loadavg, release, totalmem, type as osType } from "node:os";
import type { Machine } from "./results";

export function describeMachine(): Machine {
  const list = cpus();
  return {
    cpus: list.length,
    model: list[0]?.model.trim() ?? "unknown",
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${osType()} ${release()}`,
    date: new Date().toISOString(),
    loadAverage1m: Math.round(loadavg()[0] * 100) / 100,
  };
}
