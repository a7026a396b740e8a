import { QueryClient } from "@tanstack/react-query";

const DEFAULT_STALE_TIME_MS = 5_000;
/** A failed query is tried this many times in all before its error shows. */
const MAX_QUERY_ATTEMPTS = 3;

export function isClientError(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" && status >= 400 && status < 500;
}

/** An unknown group stays unknown: retrying a 404 or a rejected id only delays the not-found state. */
export function shouldRetryQuery(failures: number, error: unknown): boolean {
  return failures < MAX_QUERY_ATTEMPTS - 1 && !isClientError(error);
}

/** The browser's one query client: every query shares these defaults unless it says otherwise. */
export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { staleTime: DEFAULT_STALE_TIME_MS, retry: shouldRetryQuery } } });
}
