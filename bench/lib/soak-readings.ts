import { measure, type Measure } from "./results";

// B10's three readings of the Next server (at start, the worst during churn, after idle) and the
// goals they are judged by: memory back near where it started, no file descriptor left open.

export const HEAP_GROWTH_GOAL = 1.2;
export const RSS_GROWTH_GOAL = 1.5;

export interface ServerReading {
  /** V8 heap in use after forced full collections. */
  heapMb: number;
  rssMb: number;
  fds: number;
}

/** The highest value of each reading seen so far (each may peak at a different moment). */
export class PeakReadings {
  private peak: ServerReading | null = null;

  add(reading: Partial<ServerReading>): void {
    const p = (this.peak ??= { heapMb: 0, rssMb: 0, fds: 0 });
    p.heapMb = Math.max(p.heapMb, reading.heapMb ?? 0);
    p.rssMb = Math.max(p.rssMb, reading.rssMb ?? 0);
    p.fds = Math.max(p.fds, reading.fds ?? 0);
  }

  get(): ServerReading {
    if (!this.peak) throw new Error("no reading was taken during the churn");
    return { ...this.peak };
  }
}

export function soakMeasures(start: ServerReading, peak: ServerReading, idle: ServerReading): Measure[] {
  return [
    measure("heap after GC at start", "MB", [start.heapMb]),
    measure("heap after GC, highest during churn", "MB", [peak.heapMb]),
    measure("heap after GC after idle", "MB", [idle.heapMb]),
    measure("heap after GC: after idle ÷ start", "ratio", [idle.heapMb / start.heapMb], { op: "<=", value: HEAP_GROWTH_GOAL }),
    measure("RSS at start", "MB", [start.rssMb]),
    measure("RSS, highest during churn", "MB", [peak.rssMb]),
    measure("RSS after idle", "MB", [idle.rssMb]),
    measure("RSS: after idle ÷ start", "ratio", [idle.rssMb / start.rssMb], { op: "<=", value: RSS_GROWTH_GOAL }),
    measure("open file descriptors at start", "fds", [start.fds]),
    measure("open file descriptors, most during churn", "fds", [peak.fds]),
    measure("open file descriptors after idle − start", "fds", [idle.fds - start.fds], { op: "<=", value: 0 }),
  ];
}
