import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../auth/password-rules";
import { ROLES } from "../auth/roles";
import { emptyAsUndefined, parseEnvWith } from "./parse-env-with";

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyAsUndefined, schema.optional());

const authEnvSchema = z
  .object({
    CONSOLE_AUTH_SECRET: optional(z.string().min(32, { error: "must be at least 32 characters (e.g. `openssl rand -hex 32`)" })),
    CONSOLE_ADMIN_EMAIL: optional(z.email({ error: "must be an email address" })),
    CONSOLE_ADMIN_PASSWORD: optional(
      z
        .string()
        .min(MIN_PASSWORD_LENGTH, { error: `must be at least ${MIN_PASSWORD_LENGTH} characters` })
        .max(MAX_PASSWORD_LENGTH),
    ),
    CONSOLE_OIDC_ISSUER: optional(
      z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).transform((url) => url.replace(/\/+$/, "")),
    ),
    CONSOLE_OIDC_CLIENT_ID: optional(z.string()),
    CONSOLE_OIDC_CLIENT_SECRET: optional(z.string()),
    CONSOLE_OIDC_NAME: z.preprocess(emptyAsUndefined, z.string().default("single sign-on")),
    CONSOLE_OIDC_DEFAULT_ROLE: z.preprocess(
      emptyAsUndefined,
      z.enum([...ROLES, "none"], { error: 'must be "viewer", "operator", "admin" or "none"' }).default("viewer"),
    ),
    CONSOLE_SESSION_DAYS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(90).default(7)),
  })
  .superRefine((env, context) => {
    if ((env.CONSOLE_ADMIN_EMAIL === undefined) !== (env.CONSOLE_ADMIN_PASSWORD === undefined))
      context.addIssue({
        code: "custom",
        path: ["CONSOLE_ADMIN_PASSWORD"],
        message: "CONSOLE_ADMIN_EMAIL and CONSOLE_ADMIN_PASSWORD go together",
      });
    const oidc = [env.CONSOLE_OIDC_ISSUER, env.CONSOLE_OIDC_CLIENT_ID, env.CONSOLE_OIDC_CLIENT_SECRET];
    if (oidc.some((value) => value !== undefined) && oidc.some((value) => value === undefined))
      context.addIssue({
        code: "custom",
        path: ["CONSOLE_OIDC_ISSUER"],
        message: "single sign-on needs all three of CONSOLE_OIDC_ISSUER, CONSOLE_OIDC_CLIENT_ID and CONSOLE_OIDC_CLIENT_SECRET",
      });
  });

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** What the sign-in button says: "Sign in with …". */
  name: string;
  /** The role of someone the provider vouches for who is not a member yet; `none` turns them away. */
  newMemberRole: (typeof ROLES)[number] | "none";
}

export interface AuthSettings {
  secret: string | undefined;
  owner: { email: string; password: string } | undefined;
  oidc: OidcSettings | undefined;
  sessionDays: number;
}

export function parseAuthEnv(env: Record<string, string | undefined>): AuthSettings {
  const parsed = parseEnvWith(authEnvSchema, env);
  return {
    secret: parsed.CONSOLE_AUTH_SECRET,
    owner:
      parsed.CONSOLE_ADMIN_EMAIL && parsed.CONSOLE_ADMIN_PASSWORD
        ? { email: parsed.CONSOLE_ADMIN_EMAIL.toLowerCase(), password: parsed.CONSOLE_ADMIN_PASSWORD }
        : undefined,
    oidc:
      parsed.CONSOLE_OIDC_ISSUER && parsed.CONSOLE_OIDC_CLIENT_ID && parsed.CONSOLE_OIDC_CLIENT_SECRET
        ? {
            issuer: parsed.CONSOLE_OIDC_ISSUER,
            clientId: parsed.CONSOLE_OIDC_CLIENT_ID,
            clientSecret: parsed.CONSOLE_OIDC_CLIENT_SECRET,
            name: parsed.CONSOLE_OIDC_NAME,
            newMemberRole: parsed.CONSOLE_OIDC_DEFAULT_ROLE,
          }
        : undefined,
    sessionDays: parsed.CONSOLE_SESSION_DAYS,
  };
}
