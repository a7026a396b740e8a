"use client";

import Link from "next/link";
import { parseAsString, useQueryStates } from "nuqs";
import { GROUP_ID_PATTERN } from "../../lib/parallel/group-reference";
import { ErrorPanel } from "../ui/error-panel";
import { CreateForm } from "./create-form";
import { UploadProgressView } from "./upload-progress-view";
import { LINK } from "../ui/text-link";

const UPLOAD_ID_PATTERN = /^upl_[0-9a-f]{8,64}$/;

/**
 * `/groups/new`: the form; `?group=<id>` binds it to an existing group ("Add runs");
 * `?upload=<id>` shows that upload's progress, so a reload mid-upload comes back to it and resumes.
 */
export function CreateGroupPage({ webhookUrl }: { webhookUrl: string | null }) {
  const [{ group, upload }, setParams] = useQueryStates({ group: parseAsString, upload: parseAsString }, { history: "push" });
  const groupId = group && GROUP_ID_PATTERN.test(group) ? group : null;

  if (group && !groupId) {
    return <ErrorPanel error={new Error(`'${group}' is not a group id (tgrp_…).`)} action="add runs" />;
  }
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm">
          <Link href={groupId ? `/groups/${encodeURIComponent(groupId)}` : "/"} className={LINK}>
            ← {groupId ? "Back to the group" : "All groups"}
          </Link>
        </p>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight">{groupId ? "Add runs" : "Create a task group"}</h1>
        {!upload && (
          <p className="mt-1 text-sm text-fg-muted">
            {groupId
              ? "Upload more rows to this group, with the same task or a new one."
              : "Upload a file of rows, say what each run should find, see the cost, and submit. Everything you enter stays in this browser until it is sent."}
          </p>
        )}
      </header>
      {upload && UPLOAD_ID_PATTERN.test(upload) ? (
        <UploadProgressView key={upload} uploadId={upload} onBackToForm={() => void setParams({ upload: null })} />
      ) : (
        <CreateForm groupId={groupId} webhookUrl={webhookUrl} onSubmitted={(id) => void setParams({ upload: id })} />
      )}
    </div>
  );
}
