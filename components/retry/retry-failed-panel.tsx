"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useAllowance } from "../../lib/client/spend-queries";
import { DOCUMENTED_PRICES } from "../../lib/parallel/price-table";
import { loadRetryPlan } from "../../lib/retry/load-retry-plan";
import { startRetry } from "../../lib/retry/start-retry";
import { formatUsd } from "../../lib/upload/estimate";
import { IdbJournal } from "../../lib/upload/idb-journal";
import { ProcessorSelect } from "../create/processor-select";
import { Spinner } from "../ui/spinner";
import { RetryProgress } from "./retry-progress";
import { Button } from "../ui/button";

/** What "Retry failed" would resend and with which processor; then the submission's progress. */
export function RetryFailedPanel({ groupId, onClose }: { groupId: string; onClose: () => void }) {
  const [journal] = useState(() => new IdbJournal());
  const plan = useQuery({
    queryKey: ["retry-plan", groupId],
    queryFn: async ({ signal }) => {
      const unfinished = (await journal.listUploads().catch(() => [])).find(
        (u) => u.kind === "retry" && u.groupId === groupId && u.state !== "done" && u.state !== "preparing",
      );
      return { unfinished: unfinished?.id ?? null, plan: await loadRetryPlan(groupId, journal, signal) };
    },
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });
  // The console's prices (CONSOLE_PRICES applied) once loaded, the documented ones until then.
  const prices = useAllowance().data?.prices ?? DOCUMENTED_PRICES;
  const [keepProcessor, setKeepProcessor] = useState(true);
  const [processor, setProcessor] = useState("lite");
  const [uploadId, setUploadId] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const activeUpload = uploadId ?? plan.data?.unfinished ?? null;
  const body = (() => {
    if (activeUpload) return <RetryProgress uploadId={activeUpload} groupId={groupId} onClose={onClose} />;
    if (plan.isPending) return <Spinner label="Finding the failed and cancelled runs" />;
    if (plan.isError)
      return (
        <p role="alert" className="text-sm text-danger">
          Could not read the group&apos;s runs: {plan.error.message}
        </p>
      );
    const { candidates, failed, cancelled, alreadyRetried, withoutInput } = plan.data.plan;
    const count = candidates.length;
    const cost = candidates.reduce((usd, c) => usd + (prices[keepProcessor ? c.input.processor : processor] ?? 0) / 1_000, 0);
    const start = async () => {
      setStarting(true);
      setError(null);
      try {
        const started = await startRetry({
          groupId,
          journal,
          processor: keepProcessor ? null : processor,
          runIds: new Set(candidates.map((c) => c.run.run_id)),
        });
        if (started) setUploadId(started.upload.id);
        else setError("These runs have been retried meanwhile; nothing is left to retry.");
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      } finally {
        setStarting(false);
      }
    };
    return (
      <div className="space-y-4">
        <p className="text-sm" data-testid="retry-summary">
          {failed.toLocaleString("en-US")} failed {failed === 1 ? "run" : "runs"}
          {cancelled > 0 && `, ${cancelled.toLocaleString("en-US")} cancelled`}
          {alreadyRetried > 0 && `, ${alreadyRetried.toLocaleString("en-US")} already retried`}
          {withoutInput > 0 && `, ${withoutInput.toLocaleString("en-US")} without a readable input`}.{" "}
          <strong data-testid="retry-count">{count.toLocaleString("en-US")}</strong> will be submitted again into this group, each once,
          with the same input and task.
        </p>
        {count > 0 && (
          <fieldset className="space-y-2 text-sm">
            <legend className="sr-only">Processor</legend>
            <label className="flex items-center gap-2">
              <input type="radio" name="retry-processor" checked={keepProcessor} onChange={() => setKeepProcessor(true)} />
              Same processor as each run
            </label>
            <label className="flex items-center gap-2">
              <input
                type="radio"
                name="retry-processor"
                checked={!keepProcessor}
                onChange={() => setKeepProcessor(false)}
                data-testid="retry-other-processor"
              />
              Another processor
            </label>
            {!keepProcessor && (
              <ProcessorSelect id="retry-processor" label="Processor for the retries" value={processor} onChange={setProcessor} />
            )}
            <p className="text-fg-muted" data-testid="retry-estimate">
              Estimated cost: {formatUsd(cost)}
            </p>
          </fieldset>
        )}
        {error && (
          <p role="alert" className="text-sm text-danger">
            {error}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button type="button" onClick={onClose}>
            Close
          </Button>
          <Button type="button" variant="primary" disabled={count === 0 || starting} onClick={() => void start()} data-testid="retry-start">
            {starting ? "Preparing…" : `Retry ${count.toLocaleString("en-US")} ${count === 1 ? "run" : "runs"}`}
          </Button>
        </div>
      </div>
    );
  })();
  return (
    <div className="space-y-4 p-5">
      <h2 id="retry-failed-title" className="text-lg font-semibold">
        Retry failed runs
      </h2>
      {body}
    </div>
  );
}
