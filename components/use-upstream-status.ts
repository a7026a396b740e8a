"use client";

import { useQuery } from "@tanstack/react-query";
import type { UpstreamStatus } from "../lib/upstream/upstream-status";

const UPSTREAM_REFRESH_INTERVAL_MS = 30_000;

async function fetchUpstreamStatus(): Promise<UpstreamStatus> {
  const response = await fetch("/api/upstream", { cache: "no-store" });
  if (!response.ok) throw new Error(`GET /api/upstream answered HTTP ${response.status}`);
  return (await response.json()) as UpstreamStatus;
}

export function useUpstreamStatus() {
  return useQuery({
    queryKey: ["upstream"],
    queryFn: fetchUpstreamStatus,
    refetchInterval: UPSTREAM_REFRESH_INTERVAL_MS,
  });
}
