"use client";

import { BUTTON_PRIMARY } from "../ui/button-styles";
import { Spinner } from "../ui/spinner";
import { CostEstimate } from "./cost-estimate";

export interface SubmitBarProps {
  runs: number;
  processor: string;
  problems: string[];
  adding: boolean;
  submitting: boolean;
  submitError: string | null;
  onSubmit: () => void;
}

/** The estimate next to the button that submits, and what still stands in the way. */
export function SubmitBar({ runs, processor, problems, adding, submitting, submitError, onSubmit }: SubmitBarProps) {
  const runsText = `${runs.toLocaleString("en-US")} ${runs === 1 ? "run" : "runs"}`;
  return (
    <section aria-label="Submit" className="sticky bottom-0 z-10 rounded-lg border border-zinc-200 bg-white/95 p-4 shadow-sm backdrop-blur dark:border-zinc-800 dark:bg-zinc-900/95" data-testid="submit-bar">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <CostEstimate runs={runs} processor={processor} />
        <button type="button" className={BUTTON_PRIMARY} disabled={problems.length > 0 || submitting} onClick={onSubmit} data-testid="submit-upload" aria-describedby={problems.length > 0 ? "submit-problems" : undefined}>
          {submitting ? <Spinner label="Preparing" /> : null}
          {submitting ? `Preparing ${runsText}…` : adding ? `Add ${runsText}` : `Create group and submit ${runsText}`}
        </button>
      </div>
      {problems.length > 0 && (
        <ul id="submit-problems" className="mt-3 list-disc space-y-0.5 pl-5 text-sm text-zinc-600 dark:text-zinc-400" data-testid="submit-problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {submitError && (
        <p role="alert" className="mt-3 text-sm text-red-700 dark:text-red-400" data-testid="submit-error">
          {submitError}
        </p>
      )}
    </section>
  );
}
