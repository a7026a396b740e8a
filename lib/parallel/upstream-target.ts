export interface UpstreamTarget {
  baseUrl: string;
  prefix: "v1beta" | "v1";
  apiKey: string | undefined;
}

/** `${base}/${prefix}${path}` with the query, e.g. upstreamUrl(t, "/tasks/groups/tgrp_1/runs", {include_output: "true"}). */
export function upstreamUrl(target: UpstreamTarget, path: string, query?: Record<string, string | undefined>): string {
  const url = new URL(`${target.baseUrl}/${target.prefix}${path}`);
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) url.searchParams.set(k, v);
  return url.toString();
}

export function upstreamHeaders(target: UpstreamTarget, extra: Record<string, string> = {}): Record<string, string> {
  return { ...extra, ...(target.apiKey ? { "x-api-key": target.apiKey } : {}) };
}
