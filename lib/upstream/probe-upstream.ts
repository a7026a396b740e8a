import { AppError } from "../http/app-error";
import { requestUpstream } from "../parallel/upstream-client.server";
import type { UpstreamTarget } from "../parallel/upstream-target";

export const UPSTREAM_PROBE_TIMEOUT_MS = 3_000;

// A well-formed id that no group has: a 404 proves the API answered and accepted the key.
const PROBE_GROUP_ID = "tgrp_00000000000000000000000000000000";

export interface ProbeTarget extends Omit<UpstreamTarget, "apiKey"> {
  apiKey?: string;
  timeoutMs?: number;
}

export interface ProbeResult {
  reachable: boolean;
  status?: number;
  error?: string;
}

export async function probeUpstream({ timeoutMs = UPSTREAM_PROBE_TIMEOUT_MS, ...target }: ProbeTarget): Promise<ProbeResult> {
  let response: Response;
  try {
    response = await requestUpstream({
      target: { ...target, apiKey: target.apiKey },
      path: `/tasks/groups/${PROBE_GROUP_ID}`,
      answerTimeoutMs: timeoutMs,
    });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    // The health line reads "unreachable: <cause>", so an unreachable upstream reports its cause alone.
    const cause = error.code === "upstream_unreachable" ? error.detail?.cause : undefined;
    return { reachable: false, error: typeof cause === "string" ? cause : error.message };
  }
  await response.body?.cancel();
  const { status } = response;
  if (status === 404 || (status >= 200 && status < 300)) return { reachable: true, status };
  if (status === 401) return { reachable: false, status, error: "API key rejected (401)" };
  return { reachable: false, status, error: `Unexpected HTTP ${status} from upstream` };
}
