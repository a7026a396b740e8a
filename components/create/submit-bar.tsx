"use client";

import { Spinner } from "../ui/spinner";
import { CostEstimate } from "./cost-estimate";
import { Button } from "../ui/button";
import { cardClass } from "../ui/card";

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
    <section aria-label="Submit" className={cardClass({}, "sticky bottom-0 z-10 shadow-sm")} data-testid="submit-bar">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <CostEstimate runs={runs} processor={processor} />
        <Button
          type="button"
          variant="primary"
          disabled={problems.length > 0 || submitting}
          onClick={onSubmit}
          data-testid="submit-upload"
          aria-describedby={problems.length > 0 ? "submit-problems" : undefined}
        >
          {submitting ? <Spinner label="Preparing" /> : null}
          {submitting ? `Preparing ${runsText}…` : adding ? `Add ${runsText}` : `Create group and submit ${runsText}`}
        </Button>
      </div>
      {problems.length > 0 && (
        <ul id="submit-problems" className="mt-3 list-disc space-y-0.5 pl-5 text-sm text-fg-muted" data-testid="submit-problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {submitError && (
        <p role="alert" className="mt-3 text-sm text-danger" data-testid="submit-error">
          {submitError}
        </p>
      )}
    </section>
  );
}
