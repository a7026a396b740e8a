"use client";

import { useQueryClient } from "@tanstack/react-query";
import { runKeys } from "../../lib/client/run-queries";

/**
 * Runs added to the group after this page was read are announced rather than slipped in, and only
 * loaded when asked, so the rows in view never move on their own.
 */
export function NewRunsNotice({ groupId, groupRuns, cachedRuns }: { groupId: string; groupRuns: number | undefined; cachedRuns: number }) {
  const queryClient = useQueryClient();
  const fresh = groupRuns === undefined ? 0 : groupRuns - cachedRuns;
  if (fresh <= 0) return null;
  return (
    <p role="status" data-testid="new-runs-notice" className="flex items-center gap-2 text-sm text-accent">
      {fresh.toLocaleString("en-US")} new {fresh === 1 ? "run" : "runs"} in this group.
      <button
        type="button"
        onClick={() => void queryClient.invalidateQueries({ queryKey: runKeys.allPages(groupId) })}
        className="rounded-sm font-medium underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus"
      >
        Load them
      </button>
    </p>
  );
}
