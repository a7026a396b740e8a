"use client";

import { useQuery } from "@tanstack/react-query";
import { upstreamStatusUrl, type UpstreamStatus } from "../lib/contracts/upstream";

const UPSTREAM_REFRESH_INTERVAL_MS = 30_000;

async function fetchUpstreamStatus(): Promise<UpstreamStatus> {
  const response = await fetch(upstreamStatusUrl(), { cache: "no-store" });
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
