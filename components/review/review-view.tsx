"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import { groupExportUrl } from "../../lib/contracts/group-export";
import type { ReviewItem } from "../../lib/contracts/group-review";
import { useReviewDecision, useReviewQueue } from "../../lib/client/review-queries";
import { Button, buttonClass } from "../ui/button";
import { Checkbox } from "../ui/input";
import { EmptyState } from "../ui/empty-state";
import { ErrorPanel } from "../ui/error-panel";
import { Spinner } from "../ui/spinner";
import { LINK } from "../ui/text-link";
import { ReviewDecisionBadge } from "./review-decision-badge";
import { ReviewItemPanel, type ReviewMode } from "./review-item-panel";
import { textToValue } from "./review-value";
import { useReviewKeys } from "./use-review-keys";
import { useRoleGate } from "../member/member-context";
import { useReviewUrlState } from "./use-review-url-state";

/** `/groups/{id}/review`: the low-confidence answers of a group, one at a time, keyboard first. */
export function ReviewView({ groupId }: { groupId: string }) {
  const { view, setMedium, setCursor, setItem } = useReviewUrlState();
  const queue = useReviewQueue(groupId, { levels: view.medium ? "low,medium" : "low", cursor: view.cursor || undefined });
  const decide = useReviewDecision(groupId);
  const gate = useRoleGate("operator");
  const [mode, setMode] = useState<ReviewMode>("view");
  const items = queue.data?.items ?? [];
  const index = Math.min(view.item, Math.max(0, items.length - 1));
  const item: ReviewItem | undefined = items[index];

  const go = (to: number) => {
    setMode("view");
    if (to >= items.length && queue.data?.nextCursor) setCursor(queue.data.nextCursor);
    else setItem(Math.max(0, Math.min(to, items.length - 1)));
  };
  const submit = (body: { decision: "accepted" } | { decision: "edited"; value: unknown } | { decision: "wrong"; note: string }) => {
    if (!item) return;
    decide.mutate({ runId: item.runId, field: item.field, ...body }, { onSuccess: () => go(index + 1) });
  };
  const handlers = useMemo(
    () => ({
      next: () => go(index + 1),
      previous: () => go(index - 1),
      // A viewer reads the queue: moving through it works, deciding does not.
      accept: () => gate.allowed && submit({ decision: "accepted" }),
      edit: () => gate.allowed && setMode("edit"),
      wrong: () => gate.allowed && setMode("wrong"),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- rebuilt whenever the item in view changes
    [index, item?.runId, item?.field, items.length, queue.data?.nextCursor, gate.allowed],
  );
  useReviewKeys(handlers, item !== undefined && mode === "view" && !decide.isPending);

  const progress = queue.data?.progress;
  return (
    <div className="space-y-4" data-testid="review-view">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="space-y-1">
          <h1 className="text-xl font-semibold">Review</h1>
          <Link href={`/groups/${encodeURIComponent(groupId)}`} className={`${LINK} font-mono text-sm`}>
            {groupId}
          </Link>
        </div>
        <div className="flex items-center gap-3">
          <label className="flex items-center gap-2 text-sm">
            <Checkbox checked={view.medium} onChange={(event) => setMedium(event.target.checked)} data-testid="review-medium" />
            Include medium confidence
          </label>
          <a href={groupExportUrl({ id: groupId }, { format: "csv" })} className={buttonClass()} download data-testid="review-export">
            Export CSV
          </a>
        </div>
      </div>
      {progress && (
        <div className="space-y-1" data-testid="review-progress" data-decided={progress.decided} data-total={progress.total}>
          <p className="text-sm text-fg-muted">
            {progress.decided.toLocaleString("en-US")} of {progress.total.toLocaleString("en-US")} reviewed
          </p>
          <div className="h-2 w-full overflow-hidden rounded-full bg-track" aria-hidden="true">
            <div
              className="h-full bg-accent-solid"
              style={{ width: `${progress.total === 0 ? 0 : (progress.decided / progress.total) * 100}%` }}
            />
          </div>
        </div>
      )}
      <p className="text-xs text-fg-subtle">Keys: j or ↓ next, k or ↑ previous, a accept, e edit, w wrong.</p>
      {queue.error && <ErrorPanel error={queue.error} action="load the review queue" onRetry={() => void queue.refetch()} />}
      {!queue.data && !queue.error && <Spinner label="Loading the review queue" />}
      {queue.data && items.length === 0 && (
        <EmptyState
          title="Nothing to review"
          description="No answer of this group has low confidence (or its runs are still being read)."
          testId="review-empty"
        />
      )}
      {decide.error && (
        <p className="text-sm text-danger" role="alert">
          {decide.error.message}
        </p>
      )}
      {item && (
        <div className="grid gap-4 md:grid-cols-[16rem_minmax(0,1fr)]">
          <ol className="max-h-[70vh] space-y-1 overflow-y-auto" data-testid="review-list">
            {items.map((entry, i) => (
              <li key={`${entry.runId}/${entry.field}`}>
                <button
                  type="button"
                  onClick={() => go(i)}
                  aria-current={i === index ? "true" : undefined}
                  className={`flex w-full items-center justify-between gap-2 rounded-md px-2 py-1 text-left text-xs ${i === index ? "bg-accent-surface" : "hover:bg-surface-hover"}`}
                >
                  <span className="truncate font-mono">{entry.field}</span>
                  <ReviewDecisionBadge decision={entry.decision} />
                </button>
              </li>
            ))}
          </ol>
          <ReviewItemPanel
            key={`${item.runId}/${item.field}/${mode}`}
            item={item}
            mode={mode}
            busy={decide.isPending}
            onMode={setMode}
            onAccept={() => submit({ decision: "accepted" })}
            onEdit={(text) => submit({ decision: "edited", value: textToValue(text, item.value) })}
            onWrong={(note) => submit({ decision: "wrong", note })}
            readOnlyReason={gate.allowed ? null : (gate.reason ?? "")}
          />
        </div>
      )}
      <div className="flex gap-2">
        {view.cursor && <Button onClick={() => setCursor(null)}>First page</Button>}
        {queue.data?.nextCursor && (
          <Button onClick={() => setCursor(queue.data?.nextCursor ?? null)} data-testid="review-next-page">
            Next page
          </Button>
        )}
      </div>
    </div>
  );
}
