import { fetchJson } from "../client/fetch-json";
import { groupRunsPath } from "../client/gateway-paths";
import type { GroupEntry, GroupsPage } from "../client/group-queries";
import { groupsUrl, type CreateGroupBody } from "../contracts/groups";
import { uploadBatchUrl, uploadsUrl, uploadUrl } from "../contracts/uploads";
import type { Metadata, TaskGroupRunResponse } from "../parallel/types";
import { readUploadRows } from "./read-group-runs";
import { parseRetryAfter } from "./retry-after";
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
    const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
    if (response.ok) {
      const answer = (await response.json().catch(() => null)) as TaskGroupRunResponse | null;
      // A 2xx without a readable body still created the runs.
      return { kind: "ok", runIds: answer?.run_ids ?? [], runCursor: answer?.run_cursor ?? null };
    }
    const message = await errorMessage(response);
    if (response.status === 429) return { kind: "rate_limited", retryAfterMs, message: `Rate limited by the API: ${message}` };
    if (response.status >= 400 && response.status < 500 && response.status !== 408)
      return { kind: "rejected", status: response.status, message };
    return { kind: "unknown", retryAfterMs, message: `HTTP ${response.status}: ${message}` };
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

async function errorMessage(response: Response): Promise<string> {
  const text = await response.text().catch(() => "");
  try {
    const body = JSON.parse(text) as { error?: { message?: string }; detail?: Array<{ loc?: unknown[]; msg?: string }> };
    if (body.error?.message) return body.error.message;
    if (Array.isArray(body.detail)) return body.detail.map((d) => `${(d.loc ?? []).join(".")}: ${d.msg}`).join("; ");
  } catch {
    // not JSON
  }
  return text.slice(0, 200) || response.statusText || `HTTP ${response.status}`;
}
