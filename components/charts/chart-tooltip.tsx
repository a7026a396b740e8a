import { STATUS_LABEL } from "../ui/status-styles";
import type { RunStatus } from "../../lib/parallel/types";

interface TooltipEntry {
  dataKey?: unknown;
  value?: unknown;
  color?: string;
}

export interface ChartTooltipProps {
  active?: boolean;
  payload?: ReadonlyArray<TooltipEntry>;
  title: string | null;
}

/** Tooltip body styled with Tailwind so it follows dark mode; statuses listed with their colours. */
export function ChartTooltip({ active, payload, title }: ChartTooltipProps) {
  if (!active || !payload?.length) return null;
  const rows = payload.filter((p) => typeof p.value === "number" && p.value > 0);
  return (
    <div className="rounded-md border border-line-strong bg-surface px-3 py-2 text-xs shadow-sm">
      {title && <p className="mb-1 font-medium">{title}</p>}
      {rows.length === 0 && <p className="text-fg-subtle">No runs</p>}
      <ul className="space-y-0.5">
        {rows
          .slice()
          .reverse()
          .map((p) => (
            <li key={String(p.dataKey)} className="flex items-center gap-2">
              <span className="h-2 w-2 rounded-full" style={{ backgroundColor: p.color }} aria-hidden />
              <span className="flex-1">{STATUS_LABEL[p.dataKey as RunStatus] ?? String(p.dataKey)}</span>
              <span className="tabular-nums">{(p.value as number).toLocaleString("en-US")}</span>
            </li>
          ))}
      </ul>
    </div>
  );
}
