import type { RunStatus } from "../parallel/types";
import { groupUrl, type GroupParams } from "./group";

// GET /api/groups/{id}/history: the group's downsampled status counts over time, oldest first.

export { groupParamsSchema as groupHistoryParamsSchema } from "./group";

export interface StatusSample {
  at_ms: number;
  num_runs: number;
  counts: Partial<Record<RunStatus, number>>;
}

export interface GroupHistory {
  taskgroup_id: string;
  samples: StatusSample[];
}

export function groupHistoryUrl(params: GroupParams): string {
  return `${groupUrl(params)}/history`;
}
