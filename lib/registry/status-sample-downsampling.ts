// How the status history of a group stays small: a new sample replaces the latest one unless it is
// at least `sampleSpacingMs(age)` after the one before, so the spacing grows with the group's age
// (a sample per second at first, a sample per ~40 minutes after a week); and when a group still
// gathers more than MAX_STATUS_SAMPLES, the history is thinned to one sample per equal-width bucket.
// The first sample and the latest one are always kept.

export const MAX_STATUS_SAMPLES = 1_000;
/** What thinning leaves: room to grow again before the next thinning. */
export const THINNED_STATUS_SAMPLES = 500;
export const MIN_SAMPLE_SPACING_MS = 1_000;
/** Samples kept per group age: spacing is age / 250. */
const SAMPLES_PER_AGE = 250;

export type SamplePlacement = "append" | "move_latest" | "merge_into_latest";

export interface SampleNeighbours {
  firstAtMs: number;
  /** The sample before the latest, or null when there is only one sample. */
  previousAtMs: number | null;
  latestAtMs: number;
}

export function sampleSpacingMs(ageMs: number): number {
  return Math.max(MIN_SAMPLE_SPACING_MS, ageMs / SAMPLES_PER_AGE);
}

/**
 * `append`: a new sample. `move_latest`: the latest sample takes the new time and counts (it sat
 * within the spacing). `merge_into_latest`: the new sample is not newer than the latest (clock skew,
 * a late event), so only the latest counts change.
 */
export function placeSample(neighbours: SampleNeighbours | null, atMs: number): SamplePlacement {
  if (!neighbours) return "append";
  const { firstAtMs, previousAtMs, latestAtMs } = neighbours;
  if (atMs <= latestAtMs) return "merge_into_latest";
  if (previousAtMs === null) return "append";
  return atMs - previousAtMs < sampleSpacingMs(atMs - firstAtMs) ? "move_latest" : "append";
}

/** The sample times to delete (ascending input) so that one per bucket remains, first and latest kept. */
export function samplesToThin(sortedAtMs: readonly number[], keep = THINNED_STATUS_SAMPLES): number[] {
  if (sortedAtMs.length <= keep) return [];
  const first = sortedAtMs[0];
  const last = sortedAtMs[sortedAtMs.length - 1];
  const width = (last - first) / keep;
  const bucketOf = (at: number) => Math.min(keep - 1, Math.floor((at - first) / width));
  const drop: number[] = [];
  for (let i = 1; i < sortedAtMs.length - 1; i++) {
    // Keep the last sample of each bucket: drop a sample when the next one falls in the same bucket.
    if (bucketOf(sortedAtMs[i]) === bucketOf(sortedAtMs[i + 1])) drop.push(sortedAtMs[i]);
  }
  return drop;
}
