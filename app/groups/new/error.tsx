"use client";

import { ErrorPanel } from "@/components/ui/error-panel";

/** A failure while rendering the form; what the user entered is kept in this browser and comes back on retry. */
export default function CreateGroupError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel error={error instanceof Error ? error : new Error(String(error))} action="show the form (what you entered is kept)" onRetry={retry} />;
}
