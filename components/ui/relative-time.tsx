"use client";

import { useSyncExternalStore } from "react";

const TICK_MS = 30_000;

// One shared clock for every relative time on the page, so a long list does not run a timer per row.
let now = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      listeners.forEach((l) => l());
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
}

// On the server the shared clock never ticks (nothing subscribes): each render reads the time itself.
function serverNow(): number {
  return typeof window === "undefined" ? Date.now() : now;
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ["year", 365 * 24 * 3600_000],
  ["month", 30 * 24 * 3600_000],
  ["day", 24 * 3600_000],
  ["hour", 3600_000],
  ["minute", 60_000],
];
const FORMAT = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
const ABSOLUTE = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "medium" });

export function formatRelative(atMs: number, nowMs: number): string {
  const diff = atMs - nowMs;
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms) return FORMAT.format(Math.round(diff / ms), unit);
  }
  return "just now";
}

/** "3 minutes ago", with the exact time on hover; nothing when the time is unknown. */
export function RelativeTime({ value, className = "" }: { value: string | number | null | undefined; className?: string }) {
  const current = useSyncExternalStore(subscribe, () => now, serverNow);
  if (value === null || value === undefined) return <span className={className}>—</span>;
  const at = typeof value === "number" ? value : Date.parse(value);
  if (Number.isNaN(at)) return <span className={className}>—</span>;
  const date = new Date(at);
  return (
    // Server and browser clocks differ by a little; the text may change on hydration without harm.
    <time dateTime={date.toISOString()} title={ABSOLUTE.format(date)} className={className} suppressHydrationWarning>
      {formatRelative(at, Math.max(current, 0))}
    </time>
  );
}
