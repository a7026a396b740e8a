"use client";

import { useGroupSpend } from "../../lib/client/spend-queries";
import { formatSpendUsd } from "../../lib/spend/format-spend-usd";

/** What the console has spent on the group so far, for the header's facts. */
export function GroupSpend({ groupId, numRuns }: { groupId: string; numRuns: number }) {
  const spend = useGroupSpend(groupId, numRuns);
  return (
    <div className="flex gap-1">
      <dt>Spent</dt>
      <dd
        className="tabular-nums"
        data-testid="group-spend"
        title={spend.data ? `${spend.data.runs.toLocaleString("en-US")} runs added through this console` : undefined}
      >
        {spend.data ? formatSpendUsd(spend.data.usd) : "…"}
      </dd>
    </div>
  );
}
