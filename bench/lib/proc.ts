import { readdirSync, readFileSync } from "node:fs";

// Linux /proc readers: which processes a started server became, and how much memory one holds.

function readProc(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}

function parentOf(pid: number): number | null {
  const stat = readProc(`/proc/${pid}/stat`);
  if (!stat) return null;
  // The command name (2nd field) may hold spaces and parentheses: the fields after it follow the last ')'.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(fields[1]);
}

export function commandLine(pid: number): string {
  return (readProc(`/proc/${pid}/cmdline`) ?? "").split("\0").join(" ").trim();
}

/** Every live descendant of `pid`, parents before children. */
export function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const parent = parentOf(Number(entry));
    if (parent === null) continue;
    children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  const found: number[] = [];
  const queue = [...(children.get(pid) ?? [])];
  while (queue.length > 0) {
    const next = queue.shift()!;
    found.push(next);
    queue.push(...(children.get(next) ?? []));
  }
  return found;
}

/** Resident set size of a process in bytes (VmRSS), or null once it is gone. */
export function rssBytes(pid: number): number | null {
  const status = readProc(`/proc/${pid}/status`);
  const match = status && /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  return match ? Number(match[1]) * 1_024 : null;
}

/** Samples a process's RSS every `intervalMs` and keeps the peak. */
export class RssSampler {
  private timer: NodeJS.Timeout | null = null;
  peakBytes = 0;
  samples = 0;

  constructor(
    private readonly pid: number,
    private readonly intervalMs = 20,
  ) {}

  start(): this {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    return this;
  }

  stop(): number {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.sample();
    return this.peakBytes;
  }

  private sample(): void {
    const rss = rssBytes(this.pid);
    if (rss === null) return;
    this.samples++;
    if (rss > this.peakBytes) this.peakBytes = rss;
  }
}

// USER_HZ: the unit of utime/stime in /proc/<pid>/stat; 100 on every Linux the benchmark targets.
const CLOCK_TICKS_PER_S = 100;

/** CPU time (user + system) a process has used so far, in seconds; 0 once it is gone. */
export function cpuSeconds(pid: number): number {
  return cpuSecondsOf(`/proc/${pid}/stat`);
}

/** utime + stime of a /proc stat file (a process's or one thread's), in seconds; 0 once it is gone. */
function cpuSecondsOf(statPath: string): number {
  const stat = readProc(statPath);
  if (!stat) return 0;
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // utime and stime are fields 14 and 15 of the stat line; fields[0] here is field 3.
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_S;
}

/**
 * A process's CPU seconds split between its main thread (the event loop) and its other threads. In a
 * Node process relaying a stream those are V8's platform workers: concurrent marking and parallel
 * garbage collection (with --v8-pool-size=1 a single such thread took all of it).
 */
export function threadCpuSeconds(pid: number): { main: number; others: number } {
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return { main: 0, others: 0 };
  }
  const main = cpuSecondsOf(`/proc/${pid}/task/${pid}/stat`);
  const all = tids.reduce((sum, tid) => sum + cpuSecondsOf(`/proc/${pid}/task/${tid}/stat`), 0);
  return { main, others: all - main };
}

/** CPU seconds of a process and all its descendants. */
export function treeCpuSeconds(pid: number, exclude: number[] = []): number {
  const skip = new Set(exclude.flatMap((p) => [p, ...descendants(p)]));
  return [pid, ...descendants(pid)].filter((p) => !skip.has(p)).reduce((sum, p) => sum + cpuSeconds(p), 0);
}

/** Live processes of a process group (field 5 of /proc/<pid>/stat), orphans included. */
export function processGroupMembers(pgid: number): number[] {
  const members: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readProc(`/proc/${entry}/stat`);
    if (!stat) continue;
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // fields[0] is the state: a zombie has exited already.
    if (Number(fields[2]) === pgid && fields[0] !== "Z") members.push(Number(entry));
  }
  return members;
}

/** Bytes a process has read through read-like system calls (sockets included): `rchar` of /proc/<pid>/io. */
export function bytesRead(pid: number): number | null {
  const io = readProc(`/proc/${pid}/io`);
  const match = io && /^rchar:\s+(\d+)/m.exec(io);
  return match ? Number(match[1]) : null;
}

/** Open file descriptors of a process (entries of /proc/<pid>/fd: files, sockets, pipes), or null once it is gone. */
export function openFileDescriptors(pid: number): number | null {
  try {
    return readdirSync(`/proc/${pid}/fd`).length;
  } catch {
    return null;
  }
}
