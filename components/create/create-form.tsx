"use client";

import { useEffect, useRef, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { fetchGroup, groupKeys } from "../../lib/client/group-queries";
import { draftFromRun, draftGroupMetadata, draftOutputSchema } from "../../lib/upload/draft";
import { draftKeyFor } from "../../lib/upload/draft-store";
import { IdbJournal } from "../../lib/upload/idb-journal";
import { submitProblems } from "../../lib/upload/submit-problems";
import { newUploadId } from "../../lib/upload/write-upload";
import { ApiError } from "../../lib/client/api-error";
import { ErrorPanel } from "../ui/error-panel";
import { Spinner } from "../ui/spinner";
import { GroupSection } from "./group-section";
import { InputsSection } from "./inputs-section";
import { SubmitBar } from "./submit-bar";
import { TaskSpecSection } from "./task-spec-section";
import { UnfinishedUploads } from "./unfinished-uploads";
import { useDraft } from "./use-draft";
import { useGroupRunDefaults } from "./use-group-run-defaults";
import { useSourceTable } from "./use-source-table";
import { WebhookOption } from "./webhook-option";
import { consoleRunWebhook } from "../../lib/parallel/console-run-webhook";

/** The create form (or "Add runs" when `groupId` is set): kept in this browser as it is filled in. */
export function CreateForm({
  groupId,
  webhookUrl,
  onSubmitted,
}: {
  groupId: string | null;
  /** CONSOLE_WEBHOOK_URL: when set, runs may ask for webhooks to it. */
  webhookUrl: string | null;
  onSubmitted: (uploadId: string) => void;
}) {
  const draftKey = draftKeyFor(groupId);
  const { loaded, draft, restored, storageError, saved, update, reset } = useDraft(draftKey);
  const group = useQuery({
    queryKey: groupKeys.group(groupId ?? ""),
    queryFn: ({ signal }) => fetchGroup(groupId!, signal),
    enabled: groupId !== null,
  });
  const defaults = useGroupRunDefaults(groupId);
  const outputSchema = draftOutputSchema(draft);
  const table = useSourceTable({ draftKey, draft, update, loaded, outputSchema: outputSchema.ok ? outputSchema.schema : { type: "auto" } });
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);

  // "Add runs" starts from the group's own task, unless the user already has a draft for it.
  const appliedDefaults = useRef(false);
  useEffect(() => {
    if (!loaded || restored || appliedDefaults.current || !defaults.data) return;
    appliedDefaults.current = true;
    const run = defaults.data;
    update((d) => draftFromRun(d, run));
  }, [loaded, restored, defaults.data, update]);

  const problems = submitProblems({ draft, outputSchema, sourcePhase: table.phase, prepared: table.prepared, preparing: table.preparing });
  // With rows still in question, the estimate is for the rows that would go if the rest were left out.
  const runs = table.prepared ? table.prepared.submitRows || table.prepared.validRows : 0;

  const submit = async () => {
    const worker = table.worker();
    if (!worker || !draft.input || !outputSchema.ok || problems.length > 0) return;
    setSubmitting(true);
    setSubmitError(null);
    const id = newUploadId();
    try {
      await worker.materialize({
        config: draft.input,
        outputSchema: outputSchema.schema,
        processor: draft.processor,
        webhook: webhookUrl && draft.askForWebhooks !== false ? consoleRunWebhook(webhookUrl) : null,
        upload: {
          id,
          kind: "file",
          label: draft.source?.kind === "file" ? (draft.source.name ?? "File") : "Pasted rows",
          groupId,
          newGroupMetadata: groupId ? null : { ...draftGroupMetadata(draft), upload_id: id },
          draftKey,
        },
      });
      onSubmitted(id);
    } catch (error) {
      await new IdbJournal().deleteUpload(id).catch(() => undefined);
      setSubmitError(`The runs could not be prepared: ${error instanceof Error ? error.message : String(error)}`);
      setSubmitting(false);
    }
  };

  if (group.isError) {
    const error = group.error;
    return (
      <ErrorPanel
        error={error}
        action={error instanceof ApiError && error.code === "not_found" ? "find the group to add runs to" : "load the group"}
        onRetry={() => void group.refetch()}
      />
    );
  }
  if (!loaded) {
    return (
      <div className="flex justify-center py-16">
        <Spinner label="Loading the form" />
      </div>
    );
  }
  return (
    <div className="space-y-6" data-testid="create-form">
      <UnfinishedUploads />
      {restored && (
        <p className="flex flex-wrap items-center gap-2 text-sm text-fg-muted" data-testid="draft-restored">
          Your earlier entries are back.
          <button type="button" className="underline underline-offset-2 hover:text-fg" onClick={() => void reset().then(table.clearSource)}>
            Start over
          </button>
        </p>
      )}
      {storageError ? (
        <p role="status" className="text-sm text-warning">
          {storageError}
        </p>
      ) : (
        <p className="text-right text-xs text-fg-subtle" data-testid="draft-status" data-saved={saved}>
          {saved ? "Saved in this browser" : "Saving…"}
        </p>
      )}
      <GroupSection draft={draft} update={update} group={group.data ?? null} groupId={groupId} />
      <InputsSection draft={draft} update={update} table={table} />
      <TaskSpecSection draft={draft} update={update} problem={outputSchema.ok ? null : outputSchema.problem} />
      {webhookUrl && <WebhookOption url={webhookUrl} draft={draft} update={update} />}
      <SubmitBar
        runs={runs}
        processor={draft.processor}
        problems={problems}
        adding={groupId !== null}
        submitting={submitting}
        submitError={submitError}
        onSubmit={() => void submit()}
      />
    </div>
  );
}
