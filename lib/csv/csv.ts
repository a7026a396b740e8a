// RFC 4180 CSV: fields separated by commas, records ended by CRLF, a field quoted when it holds a
// comma, a quote, CR or LF, quotes doubled inside.

const NEEDS_QUOTES = /[",\r\n]/;
// Spreadsheets run a cell that starts like this as a formula; upstream text is untrusted. They skip
// leading whitespace (spaces, line breaks, the ideographic space) and read the full-width signs
// ＝ ＋ － ＠ as their ASCII twins, so both are caught too.
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;
const PLAIN_NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/**
 * One field. Text that a spreadsheet would run as a formula (`=HYPERLINK(…)`, `@SUM(…)`) gets a
 * leading apostrophe, as OWASP advises for CSV injection; plain numbers such as `-12.5` are kept.
 */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One record, CRLF included. */
export function csvRecord(values: readonly string[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}
