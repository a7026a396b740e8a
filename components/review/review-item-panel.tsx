"use client";

import { useState } from "react";
import type { ReviewItem } from "../../lib/contracts/group-review";
import { CitationList } from "../run/citation-list";
import { ConfidenceBadge } from "../run/confidence-badge";
import { JsonTree } from "../run/json-tree";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { LABEL } from "../ui/input";
import { RelativeTime } from "../ui/relative-time";
import { ReviewDecisionBadge } from "./review-decision-badge";
import { ReviewTextForm } from "./review-text-form";
import { valueToText } from "./review-value";

export type ReviewMode = "view" | "edit" | "wrong";

export interface ReviewItemPanelProps {
  item: ReviewItem;
  mode: ReviewMode;
  busy: boolean;
  onMode: (mode: ReviewMode) => void;
  onAccept: () => void;
  onEdit: (text: string) => void;
  onWrong: (note: string) => void;
  /** Why this member cannot decide (a viewer reads the queue only); null when they can. */
  readOnlyReason: string | null;
}

/** One answer to review: the original value (unchanged), why the processor gave it, its sources and the input. */
export function ReviewItemPanel({ item, mode, busy, onMode, onAccept, onEdit, onWrong, readOnlyReason }: ReviewItemPanelProps) {
  const [text, setText] = useState(() => valueToText(item.decision?.decision === "edited" ? item.decision.reviewedValue : item.value));
  const [note, setNote] = useState(item.decision?.note ?? "");
  return (
    <Card className="space-y-4" data-testid="review-item" data-run={item.runId} data-field={item.field}>
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="font-mono text-base font-semibold">{item.field}</h2>
        <ConfidenceBadge confidence={item.confidence} />
        <ReviewDecisionBadge decision={item.decision} />
        <span className="font-mono text-xs text-fg-subtle">{item.runId}</span>
      </div>
      <section>
        <h3 className={LABEL}>Answer</h3>
        <p className="text-sm whitespace-pre-wrap" data-testid="review-value">
          {valueToText(item.value) || <span className="text-fg-subtle italic">empty</span>}
        </p>
        {item.decision && (
          <p className="mt-1 text-xs text-fg-muted" data-testid="review-decided">
            {item.decision.decision === "edited" && <>Reviewed value: {valueToText(item.decision.reviewedValue)} · </>}
            {item.decision.note && <>Note: {item.decision.note} · </>}
            by {item.decision.reviewer}, <RelativeTime value={item.decision.decidedAt} />
          </p>
        )}
      </section>
      {mode === "edit" && (
        <ReviewTextForm kind="edit" value={text} onChange={setText} onSave={onEdit} onCancel={() => onMode("view")} busy={busy} />
      )}
      {mode === "wrong" && (
        <ReviewTextForm kind="wrong" value={note} onChange={setNote} onSave={onWrong} onCancel={() => onMode("view")} busy={busy} />
      )}
      {mode === "view" && readOnlyReason !== null && (
        <p className="text-xs text-fg-subtle" data-testid="role-reason">
          {readOnlyReason}
        </p>
      )}
      {mode === "view" && readOnlyReason === null && (
        <div className="flex flex-wrap gap-2">
          <Button variant="primary" onClick={onAccept} disabled={busy} data-testid="review-accept">
            Accept <kbd className="text-xs opacity-70">a</kbd>
          </Button>
          <Button onClick={() => onMode("edit")} disabled={busy} data-testid="review-edit">
            Edit <kbd className="text-xs opacity-70">e</kbd>
          </Button>
          <Button variant="danger" onClick={() => onMode("wrong")} disabled={busy} data-testid="review-wrong">
            Wrong <kbd className="text-xs opacity-70">w</kbd>
          </Button>
        </div>
      )}
      <section>
        <h3 className={LABEL}>Reasoning</h3>
        <p className="text-sm whitespace-pre-wrap text-fg-soft">{item.reasoning || "None given."}</p>
      </section>
      <section>
        <h3 className={LABEL}>Sources</h3>
        <CitationList citations={item.citations} />
      </section>
      <section>
        <h3 className={LABEL}>Input</h3>
        {typeof item.input === "string" ? <p className="text-sm whitespace-pre-wrap">{item.input}</p> : <JsonTree value={item.input} />}
      </section>
    </Card>
  );
}
