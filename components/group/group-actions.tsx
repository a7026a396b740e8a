"use client";

import Link from "next/link";
import { groupExportUrl } from "../../lib/contracts/group-export";
import { RetryFailedButton } from "../retry/retry-failed-button";
import { TryProcessorButton } from "../sample/try-processor-button";
import { CopyButton } from "../ui/copy-button";
import { buttonClass } from "../ui/button";
import { GatedLinkButton } from "../member/gated-link-button";

/** Share and export: the link is the view (all its state is in the URL); exports are served by the console. */
export function GroupActions({ groupId, failedCount, runCount }: { groupId: string; failedCount: number; runCount: number }) {
  const id = encodeURIComponent(groupId);
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="group-actions">
      {/* Read at click time: the URL carries the table's filters and paging, which change after render. */}
      <CopyButton value={() => window.location.href} label="Copy a link to this view">
        Copy link
      </CopyButton>
      <a href={groupExportUrl({ id: groupId }, { format: "csv" })} className={buttonClass()} download data-testid="export-csv">
        Export CSV
      </a>
      <a href={groupExportUrl({ id: groupId }, { format: "jsonl" })} className={buttonClass()} download data-testid="export-jsonl">
        Export JSONL
      </a>
      <GatedLinkButton href={`/groups/new?group=${id}`} needs="operator" testId="add-runs-link">
        Add runs
      </GatedLinkButton>
      <RetryFailedButton groupId={groupId} failedCount={failedCount} />
      <TryProcessorButton groupId={groupId} runCount={runCount} failedCount={failedCount} />
      <Link href={`/groups/${id}/review`} className={buttonClass()} data-testid="review-link">
        Review
      </Link>
    </div>
  );
}
