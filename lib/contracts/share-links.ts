import { z } from "zod";
import type { RunStatus } from "../parallel/types";
import { groupIdSchema, groupUrl, type GroupParams } from "./group";
import type { StatusSample } from "./group-history";

// /api/groups/{id}/shares (members manage a group's share links) and /api/share/{token} (anyone with the link).

export const SHARE_EXPIRY_DAYS = [1, 7, 30, 90] as const;
export const MAX_SHARE_BODY_BYTES = 1_024;
const DAY_MS = 86_400_000;

export const createShareLinkBodySchema = z.strictObject({
  /** How many days the link opens for. */
  expiresInDays: z.number().int().min(1, "must be at least 1 day").max(365, "must be at most 365 days"),
  /** true: runs with their inputs and outputs; false: only counts and progress. */
  includeData: z.boolean(),
});
export type CreateShareLinkBody = z.infer<typeof createShareLinkBodySchema>;

export const shareLinkParamsSchema = z.object({ id: groupIdSchema, shareId: z.string().uuid("must be a share link id") });

/** A link's token, as it appears in `/share/{token}`; anything else is simply not a link (404). */
export const shareTokenParamsSchema = z.object({ token: z.string().max(200) });

export function expiryFrom(nowMs: number, days: number): number {
  return nowMs + days * DAY_MS;
}

/** A share link as members see it on the group page (never its token, which is shown once). */
export interface ShareLinkSummary {
  id: string;
  includeData: boolean;
  createdAt: string;
  createdBy: string | null;
  expiresAt: string;
  revokedAt: string | null;
  openCount: number;
  lastOpenedAt: string | null;
  state: "open" | "expired" | "revoked";
}

/** The answer to creating a link: the only time its token (and so its URL) is seen. */
export interface CreatedShareLink {
  link: ShareLinkSummary;
  path: string;
}

/** What a share link shows: the group's progress, and no member names, ids of other groups, or upstream. */
export interface SharedGroup {
  name: string;
  isActive: boolean;
  numRuns: number;
  statusCounts: Partial<Record<RunStatus, number>>;
  statusMessage: string | null;
  createdAt: string | null;
  includesData: boolean;
  expiresAt: string;
  samples: StatusSample[];
}

export function groupSharesUrl(params: GroupParams): string {
  return `${groupUrl(params)}/shares`;
}

export function groupShareUrl(params: GroupParams, shareId: string): string {
  return `${groupSharesUrl(params)}/${encodeURIComponent(shareId)}`;
}

export function sharedGroupUrl(token: string): string {
  return `/api/share/${encodeURIComponent(token)}`;
}

export function sharePagePath(token: string): string {
  return `/share/${encodeURIComponent(token)}`;
}
