import "server-only";
import { randomUUID } from "node:crypto";
import type { Selectable } from "kysely";
import type { Member } from "../auth/member";
import {
  expiryFrom,
  sharePagePath,
  type CreatedShareLink,
  type CreateShareLinkBody,
  type ShareLinkSummary,
} from "../contracts/share-links";
import { AppError } from "../http/app-error";
import type { ConsoleDatabase } from "../registry/database-schema";
import { shareLinkEnded } from "./share-link-ended";
import type { ShareLinksTable } from "./share-links-schema";
import { hashShareToken, newShareToken, SHARE_TOKEN_PATTERN } from "./share-token";

type ShareLinkRow = Selectable<ShareLinksTable>;

/** A link that opens now: what the public routes work on. */
export interface OpenShareLink {
  id: string;
  groupId: string;
  includeData: boolean;
  expiresAtMs: number;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(Number(ms)).toISOString());

function toSummary(row: ShareLinkRow, nowMs: number): ShareLinkSummary {
  return {
    id: row.id,
    includeData: row.include_data === 1,
    createdAt: new Date(Number(row.created_at_ms)).toISOString(),
    createdBy: row.created_by_email,
    expiresAt: new Date(Number(row.expires_at_ms)).toISOString(),
    revokedAt: iso(row.revoked_at_ms),
    openCount: Number(row.open_count),
    lastOpenedAt: iso(row.last_opened_at_ms),
    state: row.revoked_at_ms !== null ? "revoked" : Number(row.expires_at_ms) <= nowMs ? "expired" : "open",
  };
}

export async function createShareLink(params: {
  db: ConsoleDatabase;
  groupId: string;
  member: Member;
  body: CreateShareLinkBody;
  nowMs?: number;
}): Promise<CreatedShareLink> {
  const { db, groupId, member, body, nowMs = Date.now() } = params;
  const token = newShareToken();
  const row: ShareLinkRow = {
    id: randomUUID(),
    token_hash: hashShareToken(token),
    group_id: groupId,
    include_data: body.includeData ? 1 : 0,
    created_by_id: member.id,
    created_by_email: member.email,
    created_at_ms: nowMs,
    expires_at_ms: expiryFrom(nowMs, body.expiresInDays),
    revoked_at_ms: null,
    open_count: 0,
    last_opened_at_ms: null,
  };
  await db.insertInto("share_links").values(row).execute();
  return { link: toSummary(row, nowMs), path: sharePagePath(token) };
}

/** The group's links, newest first, revoked and expired ones included. */
export async function listShareLinks({
  db,
  groupId,
  nowMs = Date.now(),
}: {
  db: ConsoleDatabase;
  groupId: string;
  nowMs?: number;
}): Promise<ShareLinkSummary[]> {
  const rows = await db.selectFrom("share_links").selectAll().where("group_id", "=", groupId).orderBy("created_at_ms", "desc").execute();
  return rows.map((row) => toSummary(row, nowMs));
}

/** Revokes the link (once) and ends its open streams in this process; a link of another group is a 404. */
export async function revokeShareLink(params: {
  db: ConsoleDatabase;
  groupId: string;
  shareId: string;
  nowMs?: number;
}): Promise<ShareLinkSummary> {
  const { db, groupId, shareId, nowMs = Date.now() } = params;
  await db
    .updateTable("share_links")
    .set({ revoked_at_ms: nowMs })
    .where("id", "=", shareId)
    .where("group_id", "=", groupId)
    .where("revoked_at_ms", "is", null)
    .execute();
  const row = await db.selectFrom("share_links").selectAll().where("id", "=", shareId).where("group_id", "=", groupId).executeTakeFirst();
  if (!row) throw new AppError("not_found", `Share link ${shareId} is not one of group ${groupId}'s links`);
  shareLinkEnded.announce(row.id);
  return toSummary(row, nowMs);
}

/**
 * The link `token` opens, or an error: 404 for a token that is not a link (nothing said about why),
 * 410 for one revoked or expired. `count` records an opening (the share page's first read).
 */
export async function openShareLink(params: {
  db: ConsoleDatabase;
  token: string;
  count?: boolean;
  nowMs?: number;
}): Promise<OpenShareLink> {
  const { db, token, count = false, nowMs = Date.now() } = params;
  const row = await findShareLink(db, token);
  if (!row) throw new AppError("not_found", "This share link does not exist");
  if (row.revoked_at_ms !== null) throw new AppError("share_link_ended", "This share link was revoked");
  if (Number(row.expires_at_ms) <= nowMs) throw new AppError("share_link_ended", "This share link has expired");
  if (count) {
    await db
      .updateTable("share_links")
      .set((eb) => ({ open_count: eb("open_count", "+", 1), last_opened_at_ms: nowMs }))
      .where("id", "=", row.id)
      .execute();
  }
  return { id: row.id, groupId: row.group_id, includeData: row.include_data === 1, expiresAtMs: Number(row.expires_at_ms) };
}

/** Whether link `id` still opens (a live stream asks this now and then). */
export async function isShareLinkOpen({
  db,
  id,
  nowMs = Date.now(),
}: {
  db: ConsoleDatabase;
  id: string;
  nowMs?: number;
}): Promise<boolean> {
  const row = await db.selectFrom("share_links").select(["revoked_at_ms", "expires_at_ms"]).where("id", "=", id).executeTakeFirst();
  return !!row && row.revoked_at_ms === null && Number(row.expires_at_ms) > nowMs;
}

function findShareLink(db: ConsoleDatabase, token: string): Promise<ShareLinkRow | undefined> {
  if (!SHARE_TOKEN_PATTERN.test(token)) return Promise.resolve(undefined);
  return db.selectFrom("share_links").selectAll().where("token_hash", "=", hashShareToken(token)).executeTakeFirst();
}
