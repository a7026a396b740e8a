// How the compare page writes its figures.

export function formatShare(share: number | null): string {
  if (share === null) return "–";
  return `${(share * 100).toLocaleString("en-US", { maximumFractionDigits: 1 })}%`;
}

/** "Group 1 (lite)": how a group is named in headers and cells. */
export function groupLabel(index: number, processors: readonly string[] = []): string {
  return `Group ${index + 1}${processors.length > 0 ? ` (${processors.join(", ")})` : ""}`;
}
