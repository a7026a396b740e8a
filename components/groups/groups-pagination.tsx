import { Button } from "../ui/button";

export interface GroupsPaginationProps {
  pageNumber: number;
  pageSize: number;
  shown: number;
  total: number;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

export function GroupsPagination({ pageNumber, pageSize, shown, total, hasNext, onPrevious, onNext }: GroupsPaginationProps) {
  const first = shown === 0 ? 0 : (pageNumber - 1) * pageSize + 1;
  const last = (pageNumber - 1) * pageSize + shown;
  return (
    <nav aria-label="Groups pages" className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-fg-muted" data-testid="groups-range" aria-live="polite">
        {total === 0
          ? "No groups"
          : `${first.toLocaleString("en-US")}–${last.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} groups`}
        <span className="sr-only">, page {pageNumber}</span>
      </p>
      <div className="flex gap-2">
        <Button type="button" onClick={onPrevious} disabled={pageNumber <= 1}>
          <span aria-hidden>←</span> Previous
        </Button>
        <Button type="button" onClick={onNext} disabled={!hasNext}>
          Next <span aria-hidden>→</span>
        </Button>
      </div>
    </nav>
  );
}
