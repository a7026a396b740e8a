import { createHash, randomBytes } from "node:crypto";

/** Recognisable in a log or a chat: a share link's token starts with it. */
export const SHARE_TOKEN_PREFIX = "tgs_";
// 256 bits: nobody guesses a link.
const SHARE_TOKEN_BYTES = 32;
export const SHARE_TOKEN_PATTERN = /^tgs_[A-Za-z0-9_-]{43}$/;

export function newShareToken(): string {
  return `${SHARE_TOKEN_PREFIX}${randomBytes(SHARE_TOKEN_BYTES).toString("base64url")}`;
}

/** What the database keeps of a token. */
export function hashShareToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
