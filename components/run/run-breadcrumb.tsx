import Link from "next/link";
import { LINK } from "../ui/text-link";

/** Groups › the group (back to the table as it was left) › this run. */
export function RunBreadcrumb({ groupHref, groupLabel, runId }: { groupHref: string; groupLabel: string; runId: string }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <ol className="flex flex-wrap items-center gap-1 text-fg-muted">
        <li>
          <Link href="/" className={LINK}>
            Groups
          </Link>
        </li>
        <li aria-hidden>›</li>
        <li>
          <Link href={groupHref} className={LINK} data-testid="breadcrumb-group">
            {groupLabel}
          </Link>
        </li>
        <li aria-hidden>›</li>
        <li aria-current="page" className="font-mono text-xs">
          {runId}
        </li>
      </ol>
    </nav>
  );
}
