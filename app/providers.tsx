"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { useState, type ReactNode } from "react";

const DEFAULT_STALE_TIME_MS = 5_000;

export function Providers({ children }: { children: ReactNode }) {
  // One client per browser tab; useState keeps it across re-renders without sharing it between requests.
  const [queryClient] = useState(
    () =>
      new QueryClient({ defaultOptions: { queries: { staleTime: DEFAULT_STALE_TIME_MS } } }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <NuqsAdapter>{children}</NuqsAdapter>
    </QueryClientProvider>
  );
}
