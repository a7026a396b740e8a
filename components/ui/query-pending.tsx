"use client";

import type { UseQueryResult } from "@tanstack/react-query";
import { ErrorPanel } from "./error-panel";
import { Spinner } from "./spinner";

/**
 * What stands in for a query's view until its data is there: a spinner while it loads, the error
 * with a retry when it failed. `what` names the data, e.g. "the members" ("Loading the members").
 */
export function QueryPending({ query, what }: { query: UseQueryResult<unknown, Error>; what: string }) {
  if (query.isError) return <ErrorPanel error={query.error} action={`load ${what}`} onRetry={() => void query.refetch()} />;
  return <Spinner label={`Loading ${what}`} />;
}
