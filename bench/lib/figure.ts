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

/** A figure's sizes in one mode, and the bound on the whole figure at those sizes. */
interface ModeSettings {
  timeLimitMs: number;
}

/** A figure whose sizes and time limit depend only on the mode: `--quick` runs it with `quick`. */
interface ModedFigure<Settings extends ModeSettings> extends Omit<Figure, "timeLimitMs" | "run"> {
  quick: Settings;
  full: Settings;
  run: (ctx: BenchContext, settings: Settings) => Promise<FigureOutcome>;
}

export function defineFigure<Settings extends ModeSettings>({ quick, full, run, ...about }: ModedFigure<Settings>): Figure {
  return {
    ...about,
    timeLimitMs: (isQuick) => (isQuick ? quick : full).timeLimitMs,
    run: (ctx) => run(ctx, ctx.quick ? quick : full),
  };
}
