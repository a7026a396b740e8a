import type { CachedRun, RunsPage } from "../contracts/group-runs";

/** A runs page for a link that shares only counts and progress: each run's id, status and processor, nothing it was given or made. */
export function stripRunData(page: RunsPage): RunsPage {
  return { ...page, items: page.items.map(stripRun) };
}

function stripRun({ run }: CachedRun): CachedRun {
  return { run: { ...run, metadata: null, error: null, warnings: null } };
}
