import Link from "next/link";
import type { TaskRun } from "../../lib/parallel/types";
import { RelativeTime } from "../ui/relative-time";
import { LINK } from "../ui/text-link";

/** Processor, times, and where the run came from (a retried run, an uploaded row) when its metadata says. */
export function RunSummary({ run, groupId }: { run: TaskRun; groupId: string }) {
  const retryOf = metadataString(run.metadata, "retry_of");
  const uploadId = metadataString(run.metadata, "upload_id");
  const row = run.metadata?.row;
  return (
    <dl
      className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr_max-content_1fr]"
      data-testid="run-summary"
    >
      <Term>Processor</Term>
      <dd className="font-mono text-xs leading-5">{run.processor}</dd>
      <Term>Created</Term>
      <dd>
        <RelativeTime value={run.created_at} />
      </dd>
      <Term>Modified</Term>
      <dd>
        <RelativeTime value={run.modified_at} />
      </dd>
      <Term>Interaction</Term>
      <dd className="truncate font-mono text-xs leading-5" title={run.interaction_id}>
        {run.interaction_id}
      </dd>
      {retryOf && (
        <>
          <Term>Retry of</Term>
          <dd data-testid="retry-of">
            {/^trun_[A-Za-z0-9]{1,64}$/.test(retryOf) ? (
              <Link
                className={`${LINK} font-mono text-xs`}
                href={`/groups/${encodeURIComponent(groupId)}/runs/${encodeURIComponent(retryOf)}`}
              >
                {retryOf}
              </Link>
            ) : (
              <span className="font-mono text-xs">{retryOf}</span>
            )}
          </dd>
        </>
      )}
      {uploadId && (
        <>
          <Term>Upload</Term>
          <dd data-testid="upload-row" className="font-mono text-xs leading-5">
            {uploadId}
            {row !== undefined && row !== null && `, row ${String(row)}`}
          </dd>
        </>
      )}
    </dl>
  );
}

function Term({ children }: { children: string }) {
  return <dt className="text-fg-subtle">{children}</dt>;
}

function metadataString(metadata: TaskRun["metadata"], key: string): string | null {
  const value = metadata?.[key];
  return value === undefined || value === null || value === "" ? null : String(value);
}
