import { STATUS_LABEL } from "../../components/ui/status-styles";
import { RUN_STATUSES, type RunStatus } from "../parallel/types";

/** The statuses a preview lists, with their counts: those with runs, in the API's order. */
export function previewCounts(counts: Partial<Record<RunStatus, number>>): { label: string; count: number }[] {
  return RUN_STATUSES.filter((status) => (counts[status] ?? 0) > 0).map((status) => ({
    label: STATUS_LABEL[status],
    count: counts[status] ?? 0,
  }));
}
