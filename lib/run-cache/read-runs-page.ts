import "server-only";
import { databaseErrorFrom } from "../http/database-error";
import type { UpstreamTarget } from "../parallel/upstream-target";
import { getGroup } from "../registry/get-group";
import { absentGroupError } from "../registry/refresh-group";
import { getIngestState } from "./ingest-state";
import { ensureIngestion, ingestionError, isIngesting, waitForIngestionProgress } from "./ingestion-jobs";
import { DEFAULT_RUNS_PAGE_SIZE, getRunsPage, type RunsPage, type RunsPageQuery } from "./get-runs-page";
import { refreshRuns } from "./refresh-runs";

/**
 * How long a page request waits for ingestion to fill the page. The first rows of a group are
 * committed within a few hundred milliseconds, so this only runs out for rare filters on a large
 * group still being read; the page then answers with what is cached and `ingestion.complete: false`.
 */
export const PAGE_WAIT_MS = 3_000;
/** Outputs of finished runs fetched one by one for one page, at most. */
export const MAX_OUTPUT_FILLS_PER_PAGE = 50;

export interface ReadRunsPageParams extends RunsPageQuery {
  target: UpstreamTarget;
  /** How long to wait for ingestion to fill the page; PAGE_WAIT_MS unless said. */
  waitMs?: number;
}

/**
 * A page of the group's runs for the console: a final group straight from the cache without any
 * upstream call; otherwise ingestion is started or continued (a group not in the registry is a 404:
 * a GET never adds one), the page waits briefly for the rows it needs, and finished runs on the page that
 * lack their output (they finished after they were cached) get it when outputs were asked for.
 */
export async function readRunsPage(params: ReadRunsPageParams): Promise<RunsPage> {
  const { db, target, groupId, limit = DEFAULT_RUNS_PAGE_SIZE, offset = 0 } = params;
  const state = await getIngestState({ db, groupId });
  if (state?.final) return getRunsPage(params);

  if (!(await getGroup({ db, groupId }))) throw await absentGroupError({ target, groupId });
  void ensureIngestion({ db, target, groupId });

  const deadline = Date.now() + (params.waitMs ?? PAGE_WAIT_MS);
  let page = await getRunsPage(params);
  const enough = () => page.items.length >= limit || (!params.cursor && offset > 0 && page.total >= offset + limit);
  while (!enough() && isIngesting({ db, groupId }) && Date.now() < deadline) {
    await waitForIngestionProgress({ db, groupId, timeoutMs: deadline - Date.now() });
    page = await getRunsPage(params);
  }
  const error = ingestionError({ db, groupId });
  if (error && page.ingestion.ingested === 0) throw error;
  // A database that takes no writes could not record why ingestion stopped: say it from memory.
  const databaseError = databaseErrorFrom(error);
  if (databaseError) page = { ...page, ingestion: { ...page.ingestion, error: databaseError.message } };

  if (params.fields?.output) {
    const missing = page.items
      .filter((item) => item.run.status === "completed" && !item.output)
      .slice(0, MAX_OUTPUT_FILLS_PER_PAGE)
      .map((item) => item.run.run_id);
    if (missing.length > 0 && (await fillOutputs({ ...params, runIds: missing })) > 0) page = await getRunsPage(params);
  }
  return page;
}

async function fillOutputs(params: ReadRunsPageParams & { runIds: string[] }): Promise<number> {
  try {
    return await refreshRuns(params);
  } catch (error) {
    // The page is still worth answering from the cache; the next request tries again.
    console.warn(`Could not fetch outputs for group ${params.groupId}:`, (error as Error).message);
    return 0;
  }
}
