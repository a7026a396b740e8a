/** The UTC calendar month budgets are counted in, as `YYYY-MM`. */
export function monthOf(atMs: number): string {
  return new Date(atMs).toISOString().slice(0, 7);
}

/** The first and the following month's first millisecond of `month` (`YYYY-MM`, UTC). */
export function monthBounds(month: string): { startMs: number; endMs: number } {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  return { startMs: Date.UTC(year, monthNumber - 1, 1), endMs: Date.UTC(year, monthNumber, 1) };
}
