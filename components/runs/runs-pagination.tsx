import { Button } from "../ui/button";

export interface RunsPaginationProps {
  page: number;
  pageSize: number;
  total: number;
  shown: number;
  onPage: (page: number) => void;
}

export function RunsPagination({ page, pageSize, total, shown, onPage }: RunsPaginationProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 || shown === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = first === 0 ? 0 : first + shown - 1;
  return (
    <nav aria-label="Runs pages" className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-fg-muted tabular-nums" data-testid="runs-range">
        {first === 0
          ? "No runs on this page"
          : `${first.toLocaleString("en-US")}–${last.toLocaleString("en-US")} of ${total.toLocaleString("en-US")}`}
      </p>
      <div className="flex items-center gap-2">
        <Button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          Previous
        </Button>
        <span className="tabular-nums" data-testid="runs-page" aria-live="polite">
          Page {page.toLocaleString("en-US")} of {pages.toLocaleString("en-US")}
        </span>
        <Button type="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
          Next
        </Button>
      </div>
    </nav>
  );
}
