import { parseAsInteger, parseAsString, parseAsStringLiteral } from "nuqs/server";
import { MATCH_MODES } from "../compare/match-key";
import { COMPARE_ROW_FILTERS, type CompareQuery, type CompareRowsQuery } from "../contracts/compare";

/** The compare page's whole view in the URL, so a link opens the same comparison, filters, page and cell. */
export const compareUrlParsers = {
  groups: parseAsString.withDefault(""),
  match: parseAsStringLiteral(MATCH_MODES).withDefault("source"),
  by: parseAsString.withDefault(""),
  show: parseAsStringLiteral(COMPARE_ROW_FILTERS).withDefault("all"),
  field: parseAsString.withDefault(""),
  low: parseAsInteger,
  cursor: parseAsString.withDefault(""),
  /** The matched row (its key) and field whose bases are open side by side. */
  row: parseAsString.withDefault(""),
  cell: parseAsString.withDefault(""),
};

export interface CompareView {
  groups: string;
  match: (typeof MATCH_MODES)[number];
  by: string;
  show: (typeof COMPARE_ROW_FILTERS)[number];
  field: string;
  low: number | null;
  cursor: string;
  row: string;
  cell: string;
}

export function groupIdsOf(view: Pick<CompareView, "groups">): string[] {
  return view.groups
    .split(",")
    .map((id) => id.trim())
    .filter(Boolean);
}

export function compareQueryOf(view: CompareView): CompareQuery {
  return { groups: view.groups, match: view.match, by: view.match === "field" ? view.by : undefined };
}

export function compareRowsQueryOf(view: CompareView): CompareRowsQuery {
  return {
    ...compareQueryOf(view),
    show: view.show,
    field: view.field || undefined,
    low: view.low ?? undefined,
    cursor: view.cursor || undefined,
  };
}
