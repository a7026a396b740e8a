import { fetchJson } from "../client/fetch-json";
import { groupRunsPath } from "../client/gateway-paths";
import type { GroupEntry, GroupsPage } from "../client/group-queries";
import { groupsUrl, type CreateGroupBody } from "../contracts/groups";
import { uploadBatchUrl, uploadsUrl, uploadUrl } from "../contracts/uploads";
import type { Metadata } from "../parallel/types";
import { addRunsOutcome } from "./add-runs-outcome";
import { readUploadRows } from "./read-group-runs";
import type { AddRunsBody, AddRunsOutcome, UploadApi } from "./upload-api";

/** The engine's network side in the browser: the console's gateway and its /api/uploads registry. */
export const browserUploadApi: UploadApi = {
  async createGroup(metadata: Metadata) {
    // The upload's id names the group it creates: a resumed upload retrying this gets the same group.
    const headers: Record<string, string> =
      typeof metadata.upload_id === "string" ? { "idempotency-key": `upload-${metadata.upload_id}` } : {};
    const entry = await fetchJson<GroupEntry>(groupsUrl(), {
      method: "POST",
      headers,
      body: JSON.stringify({ metadata } satisfies CreateGroupBody),
    });
    return entry.taskgroup_id;
  },

  async findGroupOfUpload(uploadId: string) {
    // The registry matches `q` against each group's metadata, which carries the upload id.
    const page = await fetchJson<GroupsPage>(groupsUrl({ q: uploadId, limit: 20 }));
    return page.items.find((g) => g.metadata?.upload_id === uploadId)?.taskgroup_id ?? null;
  },

  async addRuns(groupId: string, body: AddRunsBody): Promise<AddRunsOutcome> {
    let response: Response;
    try {
      response = await fetch(groupRunsPath(groupId), {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify(body),
      });
    } catch (error) {
      return { kind: "unknown", retryAfterMs: null, message: `No answer from the console (${(error as Error).message})` };
    }
    return addRunsOutcome(response);
  },

  readUploadRows: (groupId, uploadId, afterCursor) => readUploadRows(groupId, uploadId, afterCursor),

  async registerUpload(record) {
    await fetchJson(uploadsUrl(), {
      method: "POST",
      body: JSON.stringify({
        id: record.id,
        group_id: record.groupId,
        kind: record.kind,
        label: record.label,
        total_rows: record.totalRows,
        batches: record.batches.map((b) => ({
          index: b.index,
          row_count: b.rowCount,
          first_row: b.firstRow,
          last_row: b.lastRow,
          state: b.state,
          submitted_rows: b.submittedRows,
          attempts: b.attempts,
        })),
      }),
    });
  },

  async recordBatch(uploadId, index, outcome) {
    await fetchJson(uploadBatchUrl({ id: uploadId, n: index }), {
      method: "PATCH",
      body: JSON.stringify({
        state: outcome.state,
        submitted_rows: outcome.submittedRows,
        attempts: outcome.attempts,
        error: outcome.error,
      }),
    });
  },

  async recordUploadState(uploadId, state) {
    await fetchJson(uploadUrl({ id: uploadId }), { method: "PATCH", body: JSON.stringify({ state }) });
  },
};
