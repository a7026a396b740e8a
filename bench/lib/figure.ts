import type { BenchContext } from "./context";
import type { FigureOutcome } from "./results";

/** One row group of BENCHMARKS.md: one file under bench/ exports one of these. */
export interface Figure {
  id: string;
  what: string;
  /** Whether it drives the console (`npm start`), so the build must be current. */
  needsConsole: boolean;
  /** A bound on the whole figure, setup included: the run fails the figure past it. */
  timeLimitMs: (quick: boolean, soakMs: number | null) => number;
  run: (ctx: BenchContext) => Promise<FigureOutcome>;
}
