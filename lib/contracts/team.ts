import { z } from "zod";
import { ROLES, type Role } from "../auth/roles";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../auth/password-rules";
import { searchOf, type UrlQuery } from "./search-params";

// Setup, invitations, members, the signed-in member and the audit log.

export const MAX_TEAM_BODY_BYTES = 8 * 1024;

const password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { error: `must be at least ${MIN_PASSWORD_LENGTH} characters` })
  .max(MAX_PASSWORD_LENGTH, { error: `must be at most ${MAX_PASSWORD_LENGTH} characters` });
const credentials = {
  name: z.string().trim().min(1, { error: "is required" }).max(100),
  email: z.email({ error: "must be an email address" }).max(254),
  password,
};

/** POST /api/setup: the first member, who becomes the owner (an admin nobody else can remove). */
export const setupBodySchema = z.strictObject(credentials);
export type SetupBody = z.infer<typeof setupBodySchema>;

/** GET /api/setup: what the sign-in and setup pages need before anyone is signed in. */
export interface SignInOptions {
  needsSetup: boolean;
  /** "Sign in with …" when single sign-on is configured. */
  singleSignOn: { name: string } | null;
}

export const INVITATION_DAYS = [1, 7, 30] as const;
export const createInvitationBodySchema = z.strictObject({
  role: z.enum(ROLES, { error: `must be one of ${ROLES.join(", ")}` }),
  expiresInDays: z
    .union(
      INVITATION_DAYS.map((days) => z.literal(days)),
      { error: `must be one of ${INVITATION_DAYS.join(", ")}` },
    )
    .default(7),
  note: z.string().trim().max(200).optional(),
});
export type CreateInvitationBody = z.input<typeof createInvitationBodySchema>;

export type InvitationState = "pending" | "used" | "revoked" | "expired";
export interface InvitationEntry {
  id: string;
  role: Role;
  note: string | null;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  state: InvitationState;
  usedBy: string | null;
}
/** The answer to creating one: the only time its link is shown. */
export interface CreatedInvitation extends InvitationEntry {
  link: string;
}

export const invitationParamsSchema = z.object({ id: z.string().min(1).max(100) });

/** POST /api/invitations/accept: joins with the invitation's role and signs in. */
export const acceptInvitationBodySchema = z.strictObject({ token: z.string().min(20).max(200), ...credentials });
export type AcceptInvitationBody = z.infer<typeof acceptInvitationBodySchema>;

export interface MemberEntry {
  id: string;
  name: string;
  email: string;
  role: Role;
  isOwner: boolean;
  joinedAt: string;
}

export const memberParamsSchema = z.object({ id: z.string().min(1).max(100) });
export const changeRoleBodySchema = z.strictObject({ role: z.enum(ROLES, { error: `must be one of ${ROLES.join(", ")}` }) });

/** GET /api/me: the signed-in member. */
export interface SignedInMember {
  id: string;
  name: string;
  email: string;
  role: Role;
  isOwner: boolean;
}

export const DEFAULT_AUDIT_PAGE_SIZE = 50;
export const MAX_AUDIT_PAGE_SIZE = 500;
export const auditQuerySchema = z.object({
  actor: z.string().trim().max(254).optional(),
  action: z.string().trim().max(60).optional(),
  group: z.string().trim().max(100).optional(),
  /** ISO dates (or date-times), inclusive from, exclusive to. */
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_AUDIT_PAGE_SIZE).default(DEFAULT_AUDIT_PAGE_SIZE),
  cursor: z.string().max(200).optional(),
});
export type AuditQuery = z.output<typeof auditQuerySchema>;

export interface AuditEntryView {
  id: number;
  at: string;
  actor: string | null;
  action: string;
  target: string | null;
  groupId: string | null;
  detail: Record<string, unknown> | null;
  ip: string | null;
}
export interface AuditPage {
  items: AuditEntryView[];
  nextCursor: string | null;
}

export const auditUrl = (query: UrlQuery<AuditQuery> = {}) => `/api/audit${searchOf(query)}`;
export const auditExportUrl = (query: UrlQuery<AuditQuery> = {}) => `/api/audit/export${searchOf(query)}`;

export const membersUrl = () => "/api/members";
export const memberUrl = ({ id }: z.infer<typeof memberParamsSchema>) => `/api/members/${encodeURIComponent(id)}`;
export const invitationsUrl = () => "/api/invitations";
export const invitationUrl = ({ id }: z.infer<typeof invitationParamsSchema>) => `/api/invitations/${encodeURIComponent(id)}`;
export const acceptInvitationUrl = () => "/api/invitations/accept";
export const setupUrl = () => "/api/setup";
