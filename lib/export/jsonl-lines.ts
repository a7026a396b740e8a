import "server-only";
import { cachedRunBatches, type CachedRunBatchesParams } from "./cached-run-batches";

/** One `{run, input, output}` JSON object per line, a batch of lines per chunk. */
export async function* jsonlLines(query: Omit<CachedRunBatchesParams, "fields" | "maxRuns">): AsyncGenerator<string> {
  for await (const batch of cachedRunBatches({ ...query, fields: { input: true, output: true } })) {
    yield batch.map(({ run, input, output }) => `${JSON.stringify({ run, input: input ?? null, output: output ?? null })}\n`).join("");
  }
}
