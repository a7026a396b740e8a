"use client";

import { parseAsBoolean, parseAsInteger, parseAsString, useQueryStates } from "nuqs";

const reviewUrlParsers = {
  /** Medium-confidence answers too, not only low. */
  medium: parseAsBoolean.withDefault(false),
  cursor: parseAsString.withDefault(""),
  /** The item in view, by its place on the page. */
  item: parseAsInteger.withDefault(0),
};

export function useReviewUrlState() {
  const [view, setState] = useQueryStates(reviewUrlParsers, { history: "replace", scroll: false });
  return {
    view,
    setMedium: (medium: boolean) => setState({ medium: medium || null, cursor: null, item: null }),
    setCursor: (cursor: string | null) => setState({ cursor, item: null }, { history: "push" }),
    setItem: (item: number) => setState({ item: item <= 0 ? null : item }),
  };
}
