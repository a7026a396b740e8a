import type { RunsPage } from "../../lib/client/run-queries";
import { Spinner } from "../ui/spinner";

/** While the console is still reading the group's runs from upstream, says how far it got. */
export function IngestionNotice({ ingestion }: { ingestion: RunsPage["ingestion"] }) {
  if (ingestion.complete) return null;
  return (
    <p role="status" data-testid="ingestion-notice" className="flex items-center gap-2 text-sm text-fg-muted">
      {ingestion.error ? (
        <span className="text-warning">
          Reading runs from Parallel stalled ({ingestion.error}); retrying. {ingestion.ingested.toLocaleString("en-US")} so far.
        </span>
      ) : (
        <>
          <Spinner label="Loading runs" />
          Loading runs from Parallel: {ingestion.ingested.toLocaleString("en-US")} so far…
        </>
      )}
    </p>
  );
}
