"use client";

import { useRunResult } from "../../lib/client/run-queries";
import type { TaskRun } from "../../lib/parallel/types";
import { ErrorPanel } from "../ui/error-panel";
import { Spinner } from "../ui/spinner";
import { RunOutput } from "./run-output";
import { RunProgress } from "./run-progress";
import { SectionCard } from "./section-card";
import { useRunProgress } from "./use-run-progress";

/** While the run is active its live progress; once it completed its output; otherwise why there is none. */
export function RunOutputPanel({ run }: { run: TaskRun }) {
  const progress = useRunProgress(run.run_id, run.is_active);
  const result = useRunResult(run.run_id, !run.is_active && run.status === "completed");

  if (run.is_active) {
    return (
      <SectionCard title="Progress" testId="run-progress-panel">
        <RunProgress run={run} progress={progress} />
      </SectionCard>
    );
  }
  if (run.status !== "completed") {
    return (
      <SectionCard title="Output" testId="run-output">
        <p className="text-sm text-fg-muted">
          This run has no output: it {run.status === "failed" ? "failed (see the error above)" : `is ${run.status.replace(/_/g, " ")}`}.
        </p>
      </SectionCard>
    );
  }
  return (
    <SectionCard title="Output" testId="run-output">
      {result.isPending ? (
        <Spinner label="Loading the output" />
      ) : result.isError ? (
        <ErrorPanel error={result.error} action="load the output" onRetry={() => void result.refetch()} />
      ) : result.data ? (
        <RunOutput output={result.data.output} />
      ) : (
        <p className="text-sm text-fg-muted">The upstream has no output for this run.</p>
      )}
    </SectionCard>
  );
}
