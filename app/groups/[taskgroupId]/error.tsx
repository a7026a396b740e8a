"use client";

import { ErrorPanel } from "@/components/ui/error-panel";

/** A failure while rendering the group view (its data errors are shown in place by the view itself). */
export default function GroupError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel error={error instanceof Error ? error : new Error(String(error))} action="show this group" onRetry={retry} />;
}
