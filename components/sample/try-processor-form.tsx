"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { fetchJson } from "../../lib/client/fetch-json";
import { newSampleSeed, SAMPLE_METHODS, type SampleMethod } from "../../lib/compare/pick-sample";
import { groupSamplesUrl, MAX_SAMPLE_RUNS, type SampleBody, type SampleGroup } from "../../lib/contracts/group-sample";
import { PROCESSORS } from "../../lib/parallel/processors";
import { Button } from "../ui/button";
import { ChoiceSelect } from "../ui/choice-select";
import { HINT, Input, LABEL, Select, Textarea } from "../ui/input";
import { parseTaskSpec } from "./parse-task-spec";
import { SampleEstimateTable } from "./sample-estimate-table";

const PROCESSOR_NAMES = PROCESSORS.map((p) => p.name);

const DEFAULT_SAMPLE_RUNS = 200;
const METHOD_LABELS: Record<SampleMethod, string> = { first: "The first N rows", random: "A random N rows", failed: "The failed runs" };

export function TryProcessorForm({
  groupId,
  runCount,
  failedCount,
  onClose,
}: {
  groupId: string;
  runCount: number;
  failedCount: number;
  onClose: () => void;
}) {
  const router = useRouter();
  const [method, setMethod] = useState<SampleMethod>("random");
  const [size, setSize] = useState(Math.min(DEFAULT_SAMPLE_RUNS, runCount));
  const [seed, setSeed] = useState(newSampleSeed);
  const [processor, setProcessor] = useState("core");
  const [specText, setSpecText] = useState("");
  const spec = parseTaskSpec(specText);
  const available = method === "failed" ? failedCount : runCount;
  const sampleRuns = Math.max(0, Math.min(size, available, MAX_SAMPLE_RUNS));
  const create = useMutation({
    mutationFn: (body: SampleBody) =>
      fetchJson<SampleGroup>(groupSamplesUrl({ id: groupId }), { method: "POST", body: JSON.stringify(body) }),
    onSuccess: (made) => router.push(`/compare?groups=${encodeURIComponent(groupId)},${encodeURIComponent(made.group.taskgroup_id)}`),
  });

  return (
    <form
      className="space-y-4 p-5"
      onSubmit={(event) => {
        event.preventDefault();
        if ("error" in spec) return;
        create.mutate({ method, size: sampleRuns, seed, processor, task_spec: spec.spec });
      }}
    >
      <h2 id="try-processor-title" className="text-lg font-semibold">
        Try with another processor
      </h2>
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="text-sm">
          <span className={LABEL}>Sample</span>
          <Select value={method} onChange={(event) => setMethod(event.target.value as SampleMethod)} data-testid="sample-method">
            {SAMPLE_METHODS.map((m) => (
              <option key={m} value={m} disabled={m === "failed" && failedCount === 0}>
                {METHOD_LABELS[m]}
              </option>
            ))}
          </Select>
        </label>
        <label className="text-sm">
          <span className={LABEL}>N (at most {MAX_SAMPLE_RUNS.toLocaleString("en-US")})</span>
          <Input
            type="number"
            min={1}
            max={MAX_SAMPLE_RUNS}
            value={size}
            onChange={(event) => setSize(Number(event.target.value))}
            data-testid="sample-size"
          />
        </label>
        {method === "random" && (
          <div className="text-sm">
            <span className={LABEL}>Seed</span>
            <div className="flex items-center gap-2">
              <code className="font-mono" data-testid="sample-seed">
                {seed}
              </code>
              <Button type="button" size="sm" onClick={() => setSeed(newSampleSeed())}>
                New seed
              </Button>
            </div>
            <p className={HINT}>The same seed draws the same rows again.</p>
          </div>
        )}
        <label className="text-sm">
          <span className={LABEL}>Processor</span>
          <ChoiceSelect choices={PROCESSOR_NAMES} value={processor} onChange={setProcessor} data-testid="sample-processor" />
        </label>
      </div>
      <label className="block text-sm">
        <span className={LABEL}>Task spec (optional, JSON)</span>
        <Textarea
          className="h-28 w-full font-mono text-xs"
          value={specText}
          onChange={(event) => setSpecText(event.target.value)}
          placeholder='{"output_schema": {"type": "json", "json_schema": {…}}}'
          aria-invalid={"error" in spec}
          invalid={"error" in spec}
          data-testid="sample-task-spec"
        />
        <span className={HINT}>Empty: each run keeps its own task spec.</span>
        {"error" in spec && (
          <span className="mt-1 block text-xs text-danger" role="alert">
            {spec.error}
          </span>
        )}
      </label>
      <SampleEstimateTable sampleRuns={sampleRuns} fullRuns={runCount} processor={processor} />
      {create.error && (
        <p className="text-sm text-danger" role="alert" data-testid="sample-error">
          {create.error.message}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Button type="button" variant="ghost" onClick={onClose}>
          Cancel
        </Button>
        <Button
          type="submit"
          variant="primary"
          disabled={sampleRuns === 0 || "error" in spec || create.isPending}
          data-testid="sample-submit"
        >
          {create.isPending ? "Creating…" : `Run ${sampleRuns.toLocaleString("en-US")} on ${processor}`}
        </Button>
      </div>
    </form>
  );
}
