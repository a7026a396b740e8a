"use client";

import { useMemo } from "react";
import { Area, AreaChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { RUN_STATUSES, type RunStatus } from "../../lib/parallel/types";
import { STATUS_COLOR } from "../ui/status-styles";
import { ChartTooltip } from "./chart-tooltip";

export interface StatusSamplePoint {
  at_ms: number;
  counts: Partial<Record<RunStatus, number>>;
}

// Finished statuses at the bottom, so the stack grows upwards as the group progresses.
const STACK_ORDER: readonly RunStatus[] = ["completed", "failed", "cancelled", "cancelling", "action_required", "running", "queued"];
const CHART_HEIGHT_PX = 240;
const TIME_FORMAT = new Intl.DateTimeFormat("en", { hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false });
const TOOLTIP_TIME_FORMAT = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "medium" });

/** Run status counts over time, stacked; live series are not animated so 4 updates a second stay cheap. */
export function StatusAreaChart({ samples }: { samples: readonly StatusSamplePoint[] }) {
  const { rows, statuses } = useMemo(() => {
    const seen = new Set<RunStatus>();
    // Server samples and the ones appended live come from two clocks; the time axis needs them in order.
    const ordered = samples.every((s, i) => i === 0 || samples[i - 1].at_ms <= s.at_ms)
      ? samples
      : [...samples].sort((a, b) => a.at_ms - b.at_ms);
    const data = ordered.map((s) => {
      const row: Record<string, number> = { at_ms: s.at_ms };
      for (const status of RUN_STATUSES) {
        const n = s.counts[status] ?? 0;
        row[status] = n;
        if (n > 0) seen.add(status);
      }
      return row;
    });
    return { rows: data, statuses: STACK_ORDER.filter((s) => seen.has(s)) };
  }, [samples]);

  if (rows.length < 2) {
    return (
      <p className="flex h-60 items-center justify-center text-sm text-fg-subtle" data-testid="status-history-empty">
        The chart fills in as the console sees the group’s status change.
      </p>
    );
  }

  return (
    <div className="text-fg-subtle" data-testid="status-history-chart" data-samples={rows.length}>
      <AreaChart
        responsive
        data={rows}
        style={{ width: "100%", height: CHART_HEIGHT_PX }}
        margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.2} vertical={false} />
        <XAxis
          dataKey="at_ms"
          type="number"
          scale="time"
          domain={["dataMin", "dataMax"]}
          tickFormatter={(v: number) => TIME_FORMAT.format(v)}
          tick={{ fill: "currentColor", fontSize: 11 }}
          stroke="currentColor"
          strokeOpacity={0.4}
          minTickGap={40}
        />
        <YAxis allowDecimals={false} tick={{ fill: "currentColor", fontSize: 11 }} stroke="currentColor" strokeOpacity={0.4} width={48} />
        <Tooltip
          isAnimationActive={false}
          content={(props) => (
            <ChartTooltip
              active={props.active}
              payload={props.payload}
              title={typeof props.label === "number" ? TOOLTIP_TIME_FORMAT.format(props.label) : null}
            />
          )}
        />
        {statuses.map((status) => (
          <Area
            key={status}
            dataKey={status}
            stackId="runs"
            type="linear"
            stroke={STATUS_COLOR[status]}
            fill={STATUS_COLOR[status]}
            fillOpacity={0.75}
            isAnimationActive={false}
            dot={false}
            activeDot={false}
          />
        ))}
      </AreaChart>
    </div>
  );
}
