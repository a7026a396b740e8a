import { groupUrl, type GroupParams } from "./group";

// GET /api/groups/{id}/events: the group's live feed (SSE), shared upstream.

export { groupParamsSchema as groupEventsParamsSchema } from "./group";

export function groupEventsUrl(params: GroupParams): string {
  return `${groupUrl(params)}/events`;
}
