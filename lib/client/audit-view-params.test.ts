import { describe, expect, it } from "vitest";
import { auditExportUrl, auditQuerySchema } from "../contracts/team";
import { auditQueryOf, loadAuditUrl } from "./audit-view-params";

describe("the audit page's view from a link", () => {
  it("asks for the filters, the last cursor passed, and the whole of the 'to' day", () => {
    const query = auditQueryOf(loadAuditUrl("?actor=ada&action=group.created&group=tgrp_1&from=2026-11-01&to=2026-11-30&after=90,45"));
    expect(query).toEqual({ actor: "ada", action: "group.created", group: "tgrp_1", from: "2026-11-01", to: "2026-12-01", cursor: "45" });
    // The route reads back what the page meant.
    expect(auditQuerySchema.parse(query)).toMatchObject({ actor: "ada", action: "group.created", to: "2026-12-01", cursor: "45" });
  });

  it("shows everything for an unknown action or a day that is not one", () => {
    expect(auditQueryOf(loadAuditUrl("?action=group.deleted&from=yesterday&to=2026-13-45"))).toEqual({});
  });

  it("exports the same filters without the page's cursor", () => {
    const query = auditQueryOf(loadAuditUrl("?actor=ada&after=7"), { withCursor: false });
    expect(auditExportUrl(query)).toBe("/api/audit/export?actor=ada");
  });
});
