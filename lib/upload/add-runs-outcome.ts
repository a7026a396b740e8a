import type { TaskGroupRunResponse } from "../parallel/types";
import { parseRetryAfter } from "./retry-after";
import type { AddRunsOutcome } from "./upload-api";

interface ErrorAnswer {
  /** The console's own error code, absent on errors relayed from the API. */
  code: string | null;
  message: string;
}

/** What an add-runs answer (relayed by the gateway) means for the batch that sent it. */
export async function addRunsOutcome(response: Response): Promise<AddRunsOutcome> {
  const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
  if (response.ok) {
    const answer = (await response.json().catch(() => null)) as TaskGroupRunResponse | null;
    // A 2xx without a readable body still created the runs.
    return { kind: "ok", runIds: answer?.run_ids ?? [], runCursor: answer?.run_cursor ?? null };
  }
  const answer = await readErrorAnswer(response);
  if (response.status === 429) return { kind: "rate_limited", retryAfterMs, message: `Rate limited by the API: ${answer.message}` };
  if (response.status >= 400 && response.status < 500 && response.status !== 408)
    return { kind: "rejected", status: response.status, message: rejectionMessage(response.status, answer) };
  return { kind: "unknown", retryAfterMs, message: `HTTP ${response.status}: ${answer.message}` };
}

// 402 and 403 from the API are about the account, not the rows: say so, and what to do. A 403 with
// the console's own code (a refused origin) is the console's, and keeps its message. The console's own
// 402 (`budget_exceeded`) is the team's budget, not Parallel's credit: it says which cap and what to do.
function rejectionMessage(status: number, answer: ErrorAnswer): string {
  if (answer.code === "budget_exceeded")
    return `${answer.message} Nothing of these rows was sent; rows sent before stay sent. Ask an admin to raise the budget (Settings → Budgets), then send the rest again.`;
  if (answer.code !== null) return answer.message;
  if (status === 402)
    return `Out of credit: the Parallel account has no credit left for these runs. Add credit, then send the rows again. (${answer.message})`;
  if (status === 403)
    return `Processor not allowed on this Parallel account: choose another processor, or ask Parallel to enable it. (${answer.message})`;
  return answer.message;
}

async function readErrorAnswer(response: Response): Promise<ErrorAnswer> {
  const text = await response.text().catch(() => "");
  try {
    const body = JSON.parse(text) as { error?: { message?: string; code?: string }; detail?: Array<{ loc?: unknown[]; msg?: string }> };
    if (body.error?.message) return { code: body.error.code ?? null, message: body.error.message };
    if (Array.isArray(body.detail))
      return { code: null, message: body.detail.map((d) => `${(d.loc ?? []).join(".")}: ${d.msg}`).join("; ") };
  } catch {
    // not JSON
  }
  return { code: null, message: text.slice(0, 200) || response.statusText || `HTTP ${response.status}` };
}
