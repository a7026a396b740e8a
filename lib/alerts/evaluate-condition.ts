import { finishedCount } from "../../components/group/group-progress-stats";
import type { AlertCondition } from "../contracts/alerts";
import type { RunStatus } from "../parallel/types";

const MINUTE_MS = 60_000;

/** What the watcher knows of a group at one tick. */
export interface GroupSnapshot {
  groupId: string;
  name: string | null;
  isActive: boolean;
  numRuns: number;
  counts: Partial<Record<RunStatus, number>>;
  /** When a run last reached a terminal status (or when the watcher started watching the group). */
  progressAtMs: number;
  /** Settled spend on the group, USD. */
  spendUsd: number;
}

/** One occurrence of a rule's condition: `key` tells it apart from the group's other occurrences of that rule. */
export interface Occurrence {
  key: string;
  message: string;
}

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

/**
 * Whether `condition` holds for the group now, and which occurrence it is. Occurrences are keyed so
 * that the same one seen again (next tick, after a restart, on another instance) has the same key:
 * a group finishes once per run count (adding runs and finishing again is a new occurrence), fails
 * too often once, stalls once per last-progress time, overspends once.
 */
export function evaluateCondition(condition: AlertCondition, group: GroupSnapshot, nowMs: number): Occurrence | null {
  const label = group.name ? `${group.name} (${group.groupId})` : group.groupId;
  const terminal = finishedCount(group.counts);
  switch (condition.kind) {
    case "finished":
      if (group.isActive || group.numRuns === 0) return null;
      return {
        key: `finished:${group.numRuns}`,
        message: `Group ${label} finished: ${group.counts.completed ?? 0} completed, ${group.counts.failed ?? 0} failed of ${group.numRuns} runs.`,
      };
    case "failure_rate": {
      if (terminal < condition.minTerminalRuns) return null;
      const failed = group.counts.failed ?? 0;
      if (failed * 100 <= condition.percent * terminal) return null;
      return {
        key: "failure_rate",
        message: `Group ${label}: ${failed} of ${terminal} terminal runs failed (${percent(failed / terminal)}), above ${condition.percent}%.`,
      };
    }
    case "stalled": {
      if (!group.isActive) return null;
      const idleMs = nowMs - group.progressAtMs;
      if (idleMs < condition.minutes * MINUTE_MS) return null;
      return {
        key: `stalled:${group.progressAtMs}`,
        message: `Group ${label} is active but no run has finished for ${Math.floor(idleMs / MINUTE_MS)} min (${terminal} of ${group.numRuns} done).`,
      };
    }
    case "spend":
      if (group.spendUsd <= condition.usd) return null;
      return { key: "spend", message: `Group ${label} has cost $${group.spendUsd.toFixed(2)}, above $${condition.usd}.` };
  }
}
