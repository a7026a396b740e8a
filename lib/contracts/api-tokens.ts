import { z } from "zod";

// Personal API tokens: the routes' inputs and answers, shared by the route handlers and the settings page.

export const MAX_TOKEN_BODY_BYTES = 4 * 1024;

/** Every token starts with this, so it is recognisable in a script or a secret scanner. */
export const API_TOKEN_PREFIX = "tgc_";

export const API_TOKEN_SCOPES = ["read", "write"] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

export const API_TOKEN_SCOPE_DESCRIPTIONS: Record<ApiTokenScope, string> = {
  read: "reads groups, runs and results (acts as a viewer)",
  write: "also creates groups and adds runs, up to your own role",
};

export const API_TOKEN_DAYS = [7, 30, 90, 365] as const;
export const DEFAULT_API_TOKEN_DAYS = 30;

export const createApiTokenBodySchema = z.strictObject({
  name: z.string().trim().min(1, { error: "is required" }).max(100, { error: "must be at most 100 characters" }),
  scope: z.enum(API_TOKEN_SCOPES, { error: `must be one of ${API_TOKEN_SCOPES.join(", ")}` }),
  expiresInDays: z
    .union(
      API_TOKEN_DAYS.map((days) => z.literal(days)),
      { error: `must be one of ${API_TOKEN_DAYS.join(", ")}` },
    )
    .default(DEFAULT_API_TOKEN_DAYS),
});
export type CreateApiTokenBody = z.input<typeof createApiTokenBodySchema>;

/** GET /api/tokens: your own tokens; `all=1` (admins) everyone's. */
export const listApiTokensQuerySchema = z.object({
  all: z.enum(["0", "1"], { error: "must be 0 or 1" }).optional(),
});

export const apiTokenParamsSchema = z.object({ id: z.string().min(1).max(100) });

export type ApiTokenState = "active" | "revoked" | "expired";

export interface ApiTokenEntry {
  id: string;
  name: string;
  scope: ApiTokenScope;
  /** The first characters of the token, to tell tokens apart (the rest is never stored). */
  hint: string;
  memberId: string;
  memberEmail: string;
  createdAt: string;
  /** Null when the token never expires. */
  expiresAt: string | null;
  lastUsedAt: string | null;
  state: ApiTokenState;
}

/** POST /api/tokens: the token itself is in this answer and nowhere else. */
export interface CreatedApiToken extends ApiTokenEntry {
  token: string;
}

export const apiTokensUrl = ({ all }: { all?: boolean } = {}) => (all ? "/api/tokens?all=1" : "/api/tokens");
export const apiTokenUrl = ({ id }: z.infer<typeof apiTokenParamsSchema>) => `/api/tokens/${encodeURIComponent(id)}`;
