// How sure each processor was: the count of each basis confidence level for one field.

export const CONFIDENCE_LEVELS = ["high", "medium", "low"] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

/** Counts per level; `none` counts answers whose basis gave no (or an unknown) confidence. */
export type ConfidenceHistogram = Record<ConfidenceLevel | "none", number>;

export function emptyHistogram(): ConfidenceHistogram {
  return { high: 0, medium: 0, low: 0, none: 0 };
}

export function confidenceLevelOf(confidence: string | null | undefined): ConfidenceLevel | "none" {
  const level = confidence?.toLowerCase();
  return CONFIDENCE_LEVELS.find((known) => known === level) ?? "none";
}
