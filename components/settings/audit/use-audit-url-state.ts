"use client";

import { useQueryStates } from "nuqs";
import { auditUrlParsers, type AuditUrlState } from "../../../lib/client/audit-view-params";

export type AuditFilters = Omit<AuditUrlState, "after">;

export function useAuditUrlState() {
  const [state, setState] = useQueryStates(auditUrlParsers, { history: "push" });
  return {
    state,
    pageNumber: state.after.length + 1,
    /** New filters start again at the newest entries. */
    setFilters: (filters: AuditFilters) =>
      setState({
        actor: filters.actor || null,
        action: filters.action,
        group: filters.group || null,
        from: filters.from || null,
        to: filters.to || null,
        after: null,
      }),
    older: (cursor: string) => setState({ after: [...state.after, cursor] }),
    newer: () => setState({ after: state.after.length > 1 ? state.after.slice(0, -1) : null }),
  };
}
