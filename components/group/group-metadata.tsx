import type { Metadata } from "../../lib/parallel/types";

/** The group's metadata as key/value chips; values are upstream text, shown as text only. */
export function GroupMetadata({ metadata }: { metadata: Metadata | null }) {
  const entries = Object.entries(metadata ?? {});
  if (entries.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label="Metadata" data-testid="group-metadata">
      {entries.map(([key, value]) => (
        <li key={key} className="inline-flex max-w-full items-center overflow-hidden rounded-md border border-line-strong text-xs">
          <span className="bg-surface-hover px-1.5 py-0.5 font-medium text-fg-soft">{key}</span>
          <span className="truncate px-1.5 py-0.5 font-mono" title={String(value)}>
            {String(value)}
          </span>
        </li>
      ))}
    </ul>
  );
}
