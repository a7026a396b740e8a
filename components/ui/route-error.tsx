"use client";

import type { ErrorInfo } from "next/error";
import { ErrorPanel } from "./error-panel";

/**
 * What a page's error.tsx shows: Next's error boundary props as given, one panel. "Try again" is
 * Next's `retry` (refetch, then render again): our pages load data on the server, so `reset` alone
 * would render the same failure again.
 */
export function RouteError({ error, retry, action }: ErrorInfo & { action: string }) {
  return <ErrorPanel error={error instanceof Error ? error : new Error(String(error))} action={action} onRetry={retry} />;
}
