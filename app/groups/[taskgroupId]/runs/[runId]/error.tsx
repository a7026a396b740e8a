"use client";

import { ErrorPanel } from "@/components/ui/error-panel";

export default function RunPageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel error={error} action="show this run" onRetry={reset} />;
}
