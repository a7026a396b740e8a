export type UpstreamPrefix = "v1beta" | "v1";

export interface UpstreamTarget {
  baseUrl: string;
  prefix: UpstreamPrefix;
  apiKey: string | undefined;
}

/** A run, its result and its input live under `/v1` only on the real API (the group endpoints under both). */
export const RUN_API_PREFIX: UpstreamPrefix = "v1";

export type UpstreamQuery = Record<string, string | undefined> | URLSearchParams;

/** Sent with every upstream request, so Parallel's logs can tell the console's calls apart. */
export const UPSTREAM_USER_AGENT = "task-group-console/0.1";

/**
 * The one URL builder for the upstream: `${base}/${prefix}${path}` with the query, e.g.
 * upstreamUrl(t, "/tasks/groups/tgrp_1/runs", {include_output: "true"}). `prefix` overrides the
 * configured one for calls the API serves elsewhere (a run is read under `/v1` only).
 */
export function upstreamUrl(target: UpstreamTarget, path: string, query?: UpstreamQuery, prefix: UpstreamPrefix = target.prefix): string {
  const url = new URL(`${target.baseUrl.replace(/\/+$/, "")}/${prefix}${path}`);
  const entries = query instanceof URLSearchParams ? [...query] : Object.entries(query ?? {});
  for (const [k, v] of entries) if (v !== undefined) url.searchParams.append(k, v);
  return url.toString();
}

/**
 * The one header set: `accept` (JSON unless the caller asks for a stream), the console's
 * `user-agent`, the caller's own, and the key, which nothing the caller passes can replace.
 */
export function upstreamHeaders(target: UpstreamTarget, extra: Record<string, string> = {}): Record<string, string> {
  return {
    accept: "application/json",
    "user-agent": UPSTREAM_USER_AGENT,
    ...extra,
    ...(target.apiKey ? { "x-api-key": target.apiKey } : {}),
  };
}
