"use client";

import { auditQueryOf } from "../../../lib/client/audit-view-params";
import { useAuditPage } from "../../../lib/client/team-queries";
import { auditExportUrl } from "../../../lib/contracts/team";
import { Button, buttonClass } from "../../ui/button";
import { EmptyState } from "../../ui/empty-state";
import { ErrorPanel } from "../../ui/error-panel";
import { Spinner } from "../../ui/spinner";
import { AuditFilters } from "./audit-filters";
import { AuditTable } from "./audit-table";
import { useAuditUrlState } from "./use-audit-url-state";

/** The audit log: filters and page in the URL, newest first, "Newer" / "Older", and the CSV of the filtered log. */
export function AuditView() {
  const view = useAuditUrlState();
  const { after, ...filters } = view.state;
  const page = useAuditPage(auditQueryOf(view.state));
  const filterKey = JSON.stringify(filters);

  return (
    <div className="space-y-4" data-testid="audit-view">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-xl font-semibold tracking-tight">Audit log</h1>
        <a
          href={auditExportUrl(auditQueryOf(view.state, { withCursor: false }))}
          className={buttonClass()}
          download
          data-testid="audit-export"
        >
          Export CSV
        </a>
      </div>
      {/* Remounted when the URL's filters change (back button, a link), so the form shows them. */}
      <AuditFilters key={filterKey} filters={filters} onApply={view.setFilters} />
      {page.isPending ? (
        <Spinner label="Loading the audit log" />
      ) : page.isError && !page.data ? (
        <ErrorPanel error={page.error} action="load the audit log" onRetry={() => void page.refetch()} />
      ) : page.data.items.length === 0 && after.length === 0 ? (
        <EmptyState testId="audit-empty" title="No entries" description={<p>Nothing in the audit log matches these filters.</p>} />
      ) : (
        <>
          <AuditTable items={page.data.items} busy={page.isPlaceholderData} />
          <nav aria-label="Audit log pages" className="flex items-center justify-between gap-3 text-sm">
            <Button type="button" onClick={view.newer} disabled={after.length === 0} data-testid="audit-newer">
              Newer
            </Button>
            <span className="text-fg-muted">Page {view.pageNumber}</span>
            <Button
              type="button"
              onClick={() => page.data.nextCursor && view.older(page.data.nextCursor)}
              disabled={!page.data.nextCursor || page.isPlaceholderData}
              data-testid="audit-older"
            >
              Older
            </Button>
          </nav>
        </>
      )}
    </div>
  );
}
