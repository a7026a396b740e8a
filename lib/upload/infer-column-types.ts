import type { ColumnType, RawRow } from "./types";

const INTEGER = /^[+-]?(0|[1-9]\d*)$/;
const NUMBER = /^[+-]?(0|[1-9]\d*)?(\.\d+)?([eE][+-]?\d+)?$/;
const BOOLEAN = /^(true|false)$/i;

/**
 * A column's type as its values suggest. Text cells only become numbers when every non-empty value
 * is one and none has a leading zero: "02139" is a ZIP code, not 2139.
 */
export function inferColumnTypes(width: number, rows: RawRow[]): ColumnType[] {
  const types: ColumnType[] = [];
  for (let c = 0; c < width; c++) types.push(inferOne(rows, c));
  return types;
}

function inferOne(rows: RawRow[], column: number): ColumnType {
  let integer = true;
  let number = true;
  let boolean = true;
  let seen = 0;
  for (const { cells, issue } of rows) {
    if (issue) continue;
    const value = cells[column];
    if (value === undefined || value === null || value === "") continue;
    seen++;
    if (typeof value === "object") return "json";
    if (typeof value === "boolean") {
      integer = number = false;
      continue;
    }
    if (typeof value === "number") {
      boolean = false;
      if (!Number.isInteger(value)) integer = false;
      continue;
    }
    const text = String(value).trim();
    if (integer && !(INTEGER.test(text) && Number.isSafeInteger(Number(text)))) integer = false;
    if (number && !(text !== "" && text !== "." && NUMBER.test(text) && !/^[+-]?0\d/.test(text))) number = false;
    if (boolean && !BOOLEAN.test(text)) boolean = false;
    if (!integer && !number && !boolean) return "string";
  }
  if (seen === 0) return "string";
  if (integer) return "integer";
  if (number) return "number";
  return boolean ? "boolean" : "string";
}
