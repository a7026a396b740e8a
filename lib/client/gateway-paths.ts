// The browser's paths to the Task Group API through the console's gateway. They name no API version:
// the gateway sends each call to the prefix the server is configured with (PARALLEL_API_PREFIX).
const GATEWAY_BASE = "/api/parallel/tasks";

const id = (value: string) => encodeURIComponent(value);
const search = (query?: URLSearchParams) => (query && query.size > 0 ? `?${query}` : "");

/** Adding runs (POST) and the group's runs stream (GET). */
export function groupRunsPath(groupId: string, query?: URLSearchParams): string {
  return `${GATEWAY_BASE}/groups/${id(groupId)}/runs${search(query)}`;
}

/** One run; `part` reads its result, its input or its progress stream instead. */
export function runPath(runId: string, part?: "result" | "input" | "events", query?: URLSearchParams): string {
  return `${GATEWAY_BASE}/runs/${id(runId)}${part ? `/${part}` : ""}${search(query)}`;
}
