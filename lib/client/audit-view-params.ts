import { createLoader, parseAsArrayOf, parseAsString, parseAsStringLiteral } from "nuqs/server";
import { AUDIT_ACTIONS } from "../contracts/audit-actions";
import type { AuditQuery } from "../contracts/team";
import type { UrlQuery } from "../contracts/search-params";

// No "use client": pure URL state, read by the audit page and its unit test alike.

/**
 * The audit page's view in the URL: the filters (actor, action, group, a from and a to day, both
 * included) and the stack of cursors of the older pages passed through (`after`), so a link is the view.
 */
export const auditUrlParsers = {
  actor: parseAsString.withDefault(""),
  action: parseAsStringLiteral(AUDIT_ACTIONS),
  group: parseAsString.withDefault(""),
  from: parseAsString.withDefault(""),
  to: parseAsString.withDefault(""),
  after: parseAsArrayOf(parseAsString).withDefault([]),
};

export interface AuditUrlState {
  actor: string;
  action: (typeof AUDIT_ACTIONS)[number] | null;
  group: string;
  from: string;
  to: string;
  after: string[];
}

export const loadAuditUrl = createLoader(auditUrlParsers);

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;

/** A `YYYY-MM-DD` that names a real day, or undefined (a hand-edited link then shows every day). */
function isoDay(value: string): string | undefined {
  return DAY.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined;
}

/** The day after, because the page's "to" day is included and the API's `to` is not. */
function dayAfter(day: string): string {
  return new Date(Date.parse(day) + MS_PER_DAY).toISOString().slice(0, 10);
}

/** What GET /api/audit (and its CSV export, without the cursor) is asked for to show the URL's view. */
export function auditQueryOf(state: AuditUrlState, { withCursor = true } = {}): UrlQuery<AuditQuery> {
  const to = isoDay(state.to);
  return {
    actor: state.actor.trim() || undefined,
    action: state.action ?? undefined,
    group: state.group.trim() || undefined,
    from: isoDay(state.from),
    to: to && dayAfter(to),
    cursor: withCursor ? state.after.at(-1) : undefined,
  };
}
