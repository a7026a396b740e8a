// Shared by the audit log's writer (server) and the audit page's action filter (browser).

/** Every action the audit log records. */
export const AUDIT_ACTIONS = [
  "sign_in.succeeded",
  "sign_in.failed",
  "sign_out",
  "setup.owner_created",
  "member.invited",
  "member.invitation_revoked",
  "member.joined",
  "member.role_changed",
  "member.removed",
  "session.revoked",
  "password.changed",
  "token.created",
  "token.revoked",
  "group.created",
  "group.imported",
  "group.renamed",
  "group.forgotten",
  "runs.added",
  "retry.started",
  "upload.started",
  "upload.finished",
  "export.downloaded",
  "review.decided",
  "share.created",
  "share.revoked",
  "budget.changed",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
