import { AppError } from "../http/app-error";
import { RUN_STATUSES } from "../parallel/types";
import type { AllowedCall, UpstreamCallKind } from "./allowlist";

// The longest a client may ask the upstream to hold a stream or a result open.
export const MAX_UPSTREAM_TIMEOUT_S = 3_600;
const MAX_CURSOR_LENGTH = 256;

/** Checks one value; answers what is wrong with it, or null. */
type Check = (value: string) => string | null;

const isBoolean: Check = (v) => (v === "true" || v === "false" ? null : "must be true or false");
const isCursor: Check = (v) =>
  v.length > 0 && v.length <= MAX_CURSOR_LENGTH && !/[\0-\x1f]/.test(v)
    ? null
    : `must be an event_id of 1 to ${MAX_CURSOR_LENGTH} printable characters`;
const isRunStatus: Check = (v) => ((RUN_STATUSES as readonly string[]).includes(v) ? null : `must be one of ${RUN_STATUSES.join(", ")}`);
const isStreamTimeout: Check = (v) => {
  const n = Number(v);
  return v.trim() !== "" && Number.isFinite(n) && n > 0 && n <= MAX_UPSTREAM_TIMEOUT_S
    ? null
    : `must be a number of seconds above 0 and at most ${MAX_UPSTREAM_TIMEOUT_S}`;
};
// The result endpoint takes whole seconds; 0 answers at once (the console's run page asks so).
const isResultTimeout: Check = (v) =>
  /^\d+$/.test(v) && Number(v) <= MAX_UPSTREAM_TIMEOUT_S ? null : `must be a whole number of seconds from 0 to ${MAX_UPSTREAM_TIMEOUT_S}`;

// The query parameters each call takes, as in the API contract. Anything else never reaches upstream.
const QUERY_PARAMETERS: Record<UpstreamCallKind, Record<string, Check>> = {
  "create-group": {},
  "get-group": {},
  "add-runs": { refresh_status: isBoolean },
  "runs-stream": { last_event_id: isCursor, status: isRunStatus, include_input: isBoolean, include_output: isBoolean },
  "events-stream": { last_event_id: isCursor, timeout: isStreamTimeout },
  "get-group-run": {},
  "get-run": {},
  "get-run-result": { timeout: isResultTimeout },
  "get-run-input": {},
  "run-events-stream": {},
};

export function acceptsQueryParameter(kind: UpstreamCallKind, name: string): boolean {
  return name in QUERY_PARAMETERS[kind];
}

/** The query to send upstream: only the call's own parameters, each given once and valid; anything else is a 422. */
export function forwardedQuery(call: AllowedCall, query: URLSearchParams): URLSearchParams {
  const accepted = QUERY_PARAMETERS[call.kind];
  const names = [...new Set(query.keys())];
  for (const name of names) {
    const check = accepted[name];
    if (!check) {
      const list = Object.keys(accepted);
      throw invalid(name, `is not accepted here${list.length > 0 ? ` (accepted: ${list.join(", ")})` : " (this call takes none)"}`);
    }
    const values = query.getAll(name);
    if (values.length > 1) throw invalid(name, `is given ${values.length} times; give it once`);
    const problem = check(values[0]);
    if (problem) throw invalid(name, `${problem} (got '${values[0].slice(0, 80)}')`);
  }
  return new URLSearchParams(query);
}

function invalid(name: string, msg: string): AppError {
  return new AppError("validation_failed", `Query parameter '${name}' ${msg}`, { errors: [{ loc: ["query", name], msg }] });
}
