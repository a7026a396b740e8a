"use client";

import { useRunInput } from "../../lib/client/run-queries";
import { CopyButton } from "../ui/copy-button";
import { ErrorPanel } from "../ui/error-panel";
import { Spinner } from "../ui/spinner";
import { JsonTree } from "./json-tree";
import { SectionCard } from "./section-card";

/** What the run was asked: text as text, an object as a JSON tree. */
export function RunInputPanel({ runId }: { runId: string }) {
  const input = useRunInput(runId);
  const value = input.data?.input;
  return (
    <SectionCard
      title="Input"
      testId="run-input"
      actions={
        value !== undefined && <CopyButton value={typeof value === "string" ? value : JSON.stringify(value, null, 2)} label="Copy input" />
      }
    >
      {input.isPending ? (
        <Spinner label="Loading the input" />
      ) : input.isError ? (
        <ErrorPanel error={input.error} action="load the input" onRetry={() => void input.refetch()} />
      ) : typeof value === "string" ? (
        <p className="text-sm break-words whitespace-pre-wrap">{value}</p>
      ) : (
        <JsonTree value={value} />
      )}
    </SectionCard>
  );
}
