import "server-only";
import { QueryClient } from "@tanstack/react-query";

/**
 * One query client per page request, never shared between requests. Prefetch errors are swallowed
 * by React Query and failed queries are not dehydrated, so the browser then asks as it always did
 * and shows the error with its retry.
 */
export function createServerQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false } } });
}
