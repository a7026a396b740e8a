import "server-only";
import { decisionsForRuns, reviewedFieldsOf } from "../review/run-decisions.server";
import { cachedRunBatches, type CachedRunBatchesParams } from "./cached-run-batches";

/** One `{run, input, output}` JSON object per line (plus `review`, field → decision, once the group has any), a batch of lines per chunk. */
export async function* jsonlLines(query: Omit<CachedRunBatchesParams, "fields" | "maxRuns">): AsyncGenerator<string> {
  const reviewed = (await reviewedFieldsOf(query)).length > 0;
  for await (const batch of cachedRunBatches({ ...query, fields: { input: true, output: true } })) {
    const decisions = reviewed ? await decisionsForRuns({ ...query, runIds: batch.map((item) => item.run.run_id) }) : null;
    yield batch
      .map(({ run, input, output }) => {
        const line = { run, input: input ?? null, output: output ?? null };
        const review = decisions ? Object.fromEntries(decisions.get(run.run_id) ?? []) : undefined;
        return `${JSON.stringify(review ? { ...line, review } : line)}\n`;
      })
      .join("");
  }
}
