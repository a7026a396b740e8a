import { randomUUID } from "node:crypto";
import { AppError } from "../http/app-error";
import type { ConsoleDatabase } from "../registry/database-schema";
import { lockForTransaction } from "../registry/dialect-sql";
import { getBudget, memberSubject } from "./budgets";
import { formatMicroUsd } from "./format-micro-usd";
import { monthBounds, monthOf } from "./month";
import { spentSince } from "./spent-this-month";

export interface SpendRequest {
  member: { id: string; email: string } | null;
  groupId: string;
  /** Runs and micro-USD by processor, as priced now. */
  lines: { processor: string; runs: number; costMicroUsd: number }[];
}

/**
 * Checks the team's monthly budget and the member's monthly cap against what is spent or reserved
 * this month and, if `request` fits both, reserves it: one write transaction, so concurrent calls
 * cannot both see the same room (on PostgreSQL, a lock per budget makes them wait for each other,
 * across instances too). A refusal is a 402 `budget_exceeded` naming the cap, the amount
 * spent and the amount asked. Answers the reservation's id.
 */
export async function reserveSpend(db: ConsoleDatabase, request: SpendRequest, atMs = Date.now()): Promise<string> {
  const asked = request.lines.reduce((sum, line) => sum + line.costMicroUsd, 0);
  const runs = request.lines.reduce((sum, line) => sum + line.runs, 0);
  const { startMs } = monthBounds(monthOf(atMs));
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    // Always in this order (team, then member), so two reservations never wait for each other's second lock.
    await lockForTransaction(trx, "budget:team");
    if (request.member) await lockForTransaction(trx, `budget:${memberSubject(request.member.id)}`);
    const caps = [{ name: "the team's monthly budget", cap: await getBudget(trx, "team"), memberId: undefined as string | undefined }];
    if (request.member)
      caps.push({
        name: `the monthly cap of ${request.member.email}`,
        cap: await getBudget(trx, memberSubject(request.member.id)),
        memberId: request.member.id,
      });
    for (const { name, cap, memberId } of caps) {
      if (cap === null) continue;
      const spent = await spentSince(trx, startMs, memberId);
      if (spent + asked > cap)
        throw new AppError(
          "budget_exceeded",
          `Budget exceeded: ${name} is ${formatMicroUsd(cap)}, ${formatMicroUsd(spent)} is spent or reserved this month, and ${runs === 1 ? "this run asks" : `these ${runs.toLocaleString("en-US")} runs ask`} for ${formatMicroUsd(asked)}.`,
          { cap: memberId ? "member" : "team", capUsd: cap / 1e6, spentUsd: spent / 1e6, askedUsd: asked / 1e6 },
        );
    }
    await trx
      .insertInto("spend_reservations")
      .values({
        id,
        member_id: request.member?.id ?? null,
        member_email: request.member?.email ?? null,
        group_id: request.groupId,
        state: "reserved",
        runs,
        cost_micro_usd: asked,
        at_ms: atMs,
        updated_at_ms: atMs,
      })
      .execute();
    if (request.lines.length > 0)
      await trx
        .insertInto("spend_lines")
        .values(
          request.lines.map((line) => ({
            reservation_id: id,
            processor: line.processor,
            runs: line.runs,
            cost_micro_usd: line.costMicroUsd,
          })),
        )
        .execute();
  });
  return id;
}
