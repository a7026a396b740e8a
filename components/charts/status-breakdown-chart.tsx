"use client";

import { Cell, Pie, PieChart, Tooltip } from "recharts";
import { RUN_STATUSES, type RunStatus } from "../../lib/parallel/types";
import { STATUS_BG_CLASS, STATUS_COLOR, STATUS_LABEL } from "../ui/status-styles";
import { ChartTooltip } from "./chart-tooltip";

const DONUT_SIZE_PX = 180;

function percent(n: number, total: number): string {
  if (total === 0) return "0%";
  const p = (n / total) * 100;
  return p > 0 && p < 1 ? "<1%" : `${Math.round(p)}%`;
}

/** The current breakdown: a donut and, beside it, every status with its count and share. */
export function StatusBreakdownChart({ counts, total }: { counts: Partial<Record<RunStatus, number>>; total: number }) {
  const parts = RUN_STATUSES.map((status) => ({ status, value: counts[status] ?? 0 })).filter((p) => p.value > 0);
  return (
    <div className="flex flex-wrap items-center gap-6" data-testid="status-breakdown" data-total={total}>
      <div className="relative" style={{ width: DONUT_SIZE_PX, height: DONUT_SIZE_PX }} aria-hidden inert>
        {/* Decorative, inert: the list beside it carries the numbers, so nothing inside may take focus. */}
        <PieChart width={DONUT_SIZE_PX} height={DONUT_SIZE_PX} accessibilityLayer={false}>
          <Pie
            data={parts.length > 0 ? parts : [{ status: "none", value: 1 }]}
            dataKey="value"
            nameKey="status"
            innerRadius={56}
            outerRadius={84}
            stroke="none"
            isAnimationActive={false}
          >
            {parts.length > 0 ? (
              parts.map((p) => <Cell key={p.status} fill={STATUS_COLOR[p.status]} />)
            ) : (
              <Cell fill="var(--color-fg-subtle)" fillOpacity={0.3} />
            )}
          </Pie>
          {parts.length > 0 && (
            <Tooltip
              isAnimationActive={false}
              content={(props) => (
                <ChartTooltip
                  active={props.active}
                  payload={props.payload?.map((p) => ({ dataKey: p.name, value: p.value, color: STATUS_COLOR[p.name as RunStatus] }))}
                  title={null}
                />
              )}
            />
          )}
        </PieChart>
        <div className="pointer-events-none absolute inset-0 flex flex-col items-center justify-center">
          <span className="text-2xl font-semibold tabular-nums">{total.toLocaleString("en-US")}</span>
          <span className="text-xs text-fg-subtle">runs</span>
        </div>
      </div>
      <dl className="min-w-48 flex-1 space-y-1.5 text-sm">
        {RUN_STATUSES.filter((s) => (counts[s] ?? 0) > 0 || s === "completed" || s === "queued" || s === "running" || s === "failed").map(
          (status) => {
            const n = counts[status] ?? 0;
            return (
              <div key={status} className="flex items-center gap-2" data-testid={`breakdown-${status}`} data-count={n}>
                <dt className="flex flex-1 items-center gap-2">
                  <span className={`h-2.5 w-2.5 rounded-sm ${STATUS_BG_CLASS[status]}`} aria-hidden />
                  {STATUS_LABEL[status]}
                </dt>
                <dd className="tabular-nums">
                  {n.toLocaleString("en-US")}
                  <span className="ml-2 inline-block w-10 text-right text-fg-subtle">{percent(n, total)}</span>
                </dd>
              </div>
            );
          },
        )}
      </dl>
    </div>
  );
}
