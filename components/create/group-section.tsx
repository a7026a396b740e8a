"use client";

import Link from "next/link";
import type { GroupEntry } from "../../lib/client/group-queries";
import type { Draft } from "../../lib/upload/draft";
import { FormSection } from "./form-section";
import { retryableCount } from "../../lib/retry/retry-candidates";
import { RetryFailedButton } from "../retry/retry-failed-button";
import { MetadataEditor } from "./metadata-editor";
import { ProcessorSelect } from "./processor-select";
import type { DraftUpdate } from "./use-draft";
import { HINT, Input, LABEL } from "../ui/input";
import { LINK } from "../ui/text-link";

/** Step 1: the group (a new one's name and metadata, or the one runs are added to) and the processor. */
export function GroupSection({
  draft,
  update,
  group,
  groupId,
}: {
  draft: Draft;
  update: (change: DraftUpdate) => void;
  group: GroupEntry | null;
  groupId: string | null;
}) {
  return (
    <FormSection step={1} title={groupId ? "Group and processor" : "Name and processor"} testId="group-section">
      {groupId ? (
        <p className="text-sm" data-testid="target-group">
          Runs are added to{" "}
          <Link href={`/groups/${encodeURIComponent(groupId)}`} className={LINK}>
            {group?.name || groupId}
          </Link>
          {group && <span className="text-fg-subtle"> · {group.num_runs.toLocaleString("en-US")} runs so far</span>}
        </p>
      ) : null}
      {groupId && group && retryableCount(group.status_counts) > 0 ? (
        <div className="flex flex-wrap items-center gap-3 text-sm" data-testid="group-failed-runs">
          <span>
            {retryableCount(group.status_counts).toLocaleString("en-US")} of its runs failed or were cancelled. To submit them again instead
            of new rows:
          </span>
          <RetryFailedButton groupId={groupId} failedCount={retryableCount(group.status_counts)} />
        </div>
      ) : null}
      {groupId ? null : (
        <div>
          <label htmlFor="group-name" className={LABEL}>
            Name
          </label>
          <Input
            id="group-name"
            data-testid="group-name"
            value={draft.name}
            onChange={(e) => update({ name: e.target.value })}
            placeholder="e.g. Series A fintechs — funding and headcount"
            maxLength={200}
            className="mt-1 w-full"
          />
          <p className={HINT}>Shown in the list of groups; you can rename it later.</p>
        </div>
      )}
      <ProcessorSelect value={draft.processor} onChange={(processor) => update({ processor })} />
      {!groupId && <MetadataEditor pairs={draft.metadata} onChange={(metadata) => update({ metadata })} />}
    </FormSection>
  );
}
