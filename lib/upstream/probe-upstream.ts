import { AppError } from "../http/app-error";
import { fetchUpstream } from "../parallel/fetch-upstream";

export const UPSTREAM_PROBE_TIMEOUT_MS = 3_000;

// A well-formed id that no group has: a 404 proves the API answered and accepted the key.
const PROBE_GROUP_ID = "tgrp_00000000000000000000000000000000";

export interface ProbeTarget {
  baseUrl: string;
  prefix: string;
  apiKey?: string;
  timeoutMs?: number;
}

export interface ProbeResult {
  reachable: boolean;
  status?: number;
  error?: string;
}

export async function probeUpstream(target: ProbeTarget): Promise<ProbeResult> {
  const url = `${target.baseUrl}/${target.prefix}/tasks/groups/${PROBE_GROUP_ID}`;
  const headers: Record<string, string> = { accept: "application/json" };
  if (target.apiKey) headers["x-api-key"] = target.apiKey;
  let response: Response;
  try {
    response = await fetchUpstream(url, {
      headers,
      signal: AbortSignal.timeout(target.timeoutMs ?? UPSTREAM_PROBE_TIMEOUT_MS),
    });
  } catch (error) {
    if (error instanceof AppError) return { reachable: false, error: error.message };
    return { reachable: false, error: describeFetchError(error, target.timeoutMs ?? UPSTREAM_PROBE_TIMEOUT_MS) };
  }
  await response.body?.cancel();
  const { status } = response;
  if (status === 404 || (status >= 200 && status < 300)) return { reachable: true, status };
  if (status === 401) return { reachable: false, status, error: "API key rejected (401)" };
  return { reachable: false, status, error: `Unexpected HTTP ${status} from upstream` };
}

function describeFetchError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return `No answer within ${timeoutMs} ms`;
  }
  // Node's fetch says only "fetch failed"; the cause holds ECONNREFUSED, ENOTFOUND, …
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error && cause.message) return cause.message;
  return error instanceof Error ? error.message : String(error);
}
