"use client";

import { PROCESSORS, getProcessor } from "../../lib/parallel/processors";
import { formatLatencyRange, formatUsd } from "../../lib/upload/estimate";
import { ChoiceOptions } from "../ui/choice-options";
import { HINT, LABEL, Select } from "../ui/input";

const STANDARD = PROCESSORS.filter((p) => !p.fast).map((p) => p.name);
const FAST = PROCESSORS.filter((p) => p.fast).map((p) => p.name);

function optionLabel(name: string): string {
  const p = getProcessor(name)!;
  return `${p.name} — ${formatLatencyRange(p.minLatencyMs, p.maxLatencyMs)} per run · ${formatUsd(p.usdPer1000Runs)} per 1,000 runs`;
}

/** Every documented processor and its -fast variant, with latency range and price. */
export function ProcessorSelect({
  value,
  onChange,
  id = "processor",
  label = "Processor",
}: {
  value: string;
  onChange: (name: string) => void;
  id?: string;
  label?: string;
}) {
  const chosen = getProcessor(value);
  return (
    <div>
      <label htmlFor={id} className={LABEL}>
        {label}
      </label>
      <Select id={id} value={value} onChange={(e) => onChange(e.target.value)} className="mt-1 w-full" data-testid="processor-select">
        <optgroup label="Standard">
          <ChoiceOptions choices={STANDARD} labelOf={optionLabel} />
        </optgroup>
        <optgroup label="Fast (same price, about 2–5× quicker)">
          <ChoiceOptions choices={FAST} labelOf={optionLabel} />
        </optgroup>
      </Select>
      <p className={HINT}>
        {chosen
          ? `Higher tiers research deeper and take longer. ${chosen.name} takes ${formatLatencyRange(chosen.minLatencyMs, chosen.maxLatencyMs)} per run.`
          : "Choose a processor."}
      </p>
    </div>
  );
}
