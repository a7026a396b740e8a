"use client";

import { useEffect, useRef } from "react";
import { cellText } from "../../lib/client/flatten-output";
import { outputFieldsOf } from "../../lib/compare/output-fields";
import type { ComparedGroup, CompareRow } from "../../lib/contracts/compare";
import { FieldBasis } from "../run/field-basis";
import { Button } from "../ui/button";
import { Dialog } from "../ui/dialog";
import { groupLabel } from "./compare-format";

/** One field of one matched row: every group's answer and its basis (reasoning, sources), side by side. */
export function CellBasisDialog({
  row,
  field,
  groups,
  onClose,
}: {
  row: CompareRow;
  field: string;
  groups: readonly ComparedGroup[];
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <Dialog
      ref={ref}
      onClose={onClose}
      className="w-[min(72rem,calc(100vw-2rem))]"
      data-testid="cell-basis-dialog"
      aria-labelledby="cell-basis-title"
    >
      <div className="flex items-center justify-between border-b border-line px-4 py-3">
        <h2 id="cell-basis-title" className="text-base font-semibold">
          <span className="font-mono">{field}</span> for row {row.key}
        </h2>
        <Button size="sm" variant="ghost" onClick={() => ref.current?.close()}>
          Close
        </Button>
      </div>
      <div className="grid gap-4 p-4" style={{ gridTemplateColumns: `repeat(${row.runs.length}, minmax(0, 1fr))` }}>
        {row.runs.map((run, index) => {
          const basis = run.output?.basis?.find((entry) => entry.field === field);
          const value = outputFieldsOf(run.output).values[field];
          return (
            <section key={run.runId} className="space-y-2" data-testid="cell-basis-side">
              <h3 className="text-sm font-medium">{groupLabel(index, groups[index]?.processors)}</h3>
              <p className="font-mono text-xs text-fg-subtle">{run.runId}</p>
              <p className="text-sm whitespace-pre-wrap" data-testid="cell-basis-value">
                {cellText(value, { mode: "exact" }) || <span className="text-fg-subtle italic">empty</span>}
              </p>
              <FieldBasis basis={basis} />
            </section>
          );
        })}
      </div>
    </Dialog>
  );
}
