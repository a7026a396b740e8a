const MAX_SLUG_CHARS = 60;

export type ExportFormat = "csv" | "jsonl";

/** `<group name as a slug>-<group id>.<format>`, e.g. `acme-suppliers-q3-tgrp_1a2b.csv`; ASCII only. */
export function exportFilename({
  name,
  groupId,
  format,
}: {
  name: string | null | undefined;
  groupId: string;
  format: ExportFormat;
}): string {
  const slug = (name ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, MAX_SLUG_CHARS)
    .replace(/^-+|-+$/g, "");
  return `${slug || "task-group"}-${groupId}.${format}`;
}
