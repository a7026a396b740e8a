"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { UsageView } from "../../../lib/contracts/spend";
import { formatSpendUsd } from "../../../lib/spend/format-spend-usd";

const CHART_HEIGHT_PX = 220;

/** Spend per day of the month; the tables beside it carry the same numbers for screen readers. */
export function UsageDayChart({ days }: { days: UsageView["byDay"] }) {
  return (
    <div style={{ height: CHART_HEIGHT_PX }} aria-hidden inert data-testid="usage-day-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={days} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--color-line)" vertical={false} />
          <XAxis dataKey="day" tickFormatter={(day: string) => day.slice(8)} stroke="var(--color-fg-subtle)" fontSize={12} />
          <YAxis tickFormatter={(usd: number) => formatSpendUsd(usd)} stroke="var(--color-fg-subtle)" fontSize={12} width={72} />
          <Tooltip
            isAnimationActive={false}
            content={({ active, payload, label }) =>
              active && payload?.[0] ? (
                <div className="rounded-md border border-line-strong bg-surface px-3 py-2 text-xs shadow-sm">
                  <p className="font-medium">{String(label)}</p>
                  <p className="tabular-nums">{formatSpendUsd(Number(payload[0].value))}</p>
                </div>
              ) : null
            }
          />
          <Bar dataKey="usd" fill="var(--color-fg-muted)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
