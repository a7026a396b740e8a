import type { ConsoleServer } from "./console-server";
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
interface ModedFigure<Settings extends ModeSettings> extends Omit<Figure, "id" | "timeLimitMs" | "run"> {
  quick: Settings;
  full: Settings;
  run: (ctx: BenchContext, settings: Settings) => Promise<FigureOutcome>;
}

/** A moded figure that measures the shared console: `run` gets it, started on first use. */
interface ConsoleFigure<Settings extends ModeSettings> extends Omit<ModedFigure<Settings>, "needsConsole" | "run"> {
  run: (ctx: BenchContext, settings: Settings, server: ConsoleServer) => Promise<FigureOutcome>;
}

export function defineFigure<Settings extends ModeSettings>(id: string, { quick, full, run, ...about }: ModedFigure<Settings>): Figure {
  return {
    id,
    ...about,
    timeLimitMs: (isQuick) => (isQuick ? quick : full).timeLimitMs,
    run: (ctx) => run(ctx, ctx.quick ? quick : full),
  };
}

export function defineConsoleFigure<Settings extends ModeSettings>(id: string, { run, ...about }: ConsoleFigure<Settings>): Figure {
  return defineFigure(id, { ...about, needsConsole: true, run: async (ctx, settings) => run(ctx, settings, await ctx.console()) });
}
