/**
 * The run's page, carrying the table's URL state (`from`: the group page's query string) so the
 * run page's breadcrumb returns to the same filters and page.
 */
export function runHref(groupId: string, runId: string, from: string): string {
  const base = `/groups/${encodeURIComponent(groupId)}/runs/${encodeURIComponent(runId)}`;
  return from ? `${base}?${new URLSearchParams({ from })}` : base;
}

/** The group page to return to: only a query string from `from` is used, never a path or host. */
export function groupHrefFrom(groupId: string, from: string | null | undefined): string {
  const base = `/groups/${encodeURIComponent(groupId)}`;
  const search = from ? new URLSearchParams(from).toString() : "";
  return search ? `${base}?${search}` : base;
}
