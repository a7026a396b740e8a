const MAX_LISTED = 5;

/** "row 4", "rows 4, 9 and 12", "rows 4, 9, 12, 20, 31 and 17 more": short enough for a sentence. */
export function describeRowList(rows: number[]): string {
  if (rows.length === 1) return `row ${rows[0]}`;
  const listed = rows.slice(0, MAX_LISTED);
  const rest = rows.length - listed.length;
  if (rest > 0) return `rows ${listed.join(", ")} and ${rest.toLocaleString("en-US")} more`;
  return `rows ${listed.slice(0, -1).join(", ")} and ${listed[listed.length - 1]}`;
}
