import { describe, expect, it } from "vitest";
import { parseAuthEnv } from "./parse-auth-env";

describe("the sign-in environment", () => {
  it("defaults to no env owner, no single sign-on and 7-day sessions", () => {
    expect(parseAuthEnv({})).toEqual({ secret: undefined, owner: undefined, oidc: undefined, sessionDays: 7 });
  });

  it("reads the owner (email lower-cased) and single sign-on", () => {
    const settings = parseAuthEnv({
      CONSOLE_ADMIN_EMAIL: "Admin@Example.com",
      CONSOLE_ADMIN_PASSWORD: "long enough password",
      CONSOLE_OIDC_ISSUER: "https://id.example.com/",
      CONSOLE_OIDC_CLIENT_ID: "console",
      CONSOLE_OIDC_CLIENT_SECRET: "s3cret",
      CONSOLE_OIDC_DEFAULT_ROLE: "none",
    });
    expect(settings.owner).toEqual({ email: "admin@example.com", password: "long enough password" });
    expect(settings.oidc).toEqual({
      issuer: "https://id.example.com",
      clientId: "console",
      clientSecret: "s3cret",
      name: "single sign-on",
      newMemberRole: "none",
    });
  });

  it("names each bad variable and never echoes a password or secret", () => {
    const attempt = () =>
      parseAuthEnv({
        CONSOLE_ADMIN_EMAIL: "not-an-email",
        CONSOLE_ADMIN_PASSWORD: "short",
        CONSOLE_AUTH_SECRET: "tiny",
        CONSOLE_OIDC_ISSUER: "https://id.example.com",
      });
    expect(attempt).toThrow(/CONSOLE_ADMIN_EMAIL: must be an email address/);
    expect(attempt).toThrow(/CONSOLE_ADMIN_PASSWORD: must be at least 10 characters \(got \(hidden\)\)/);
    expect(attempt).toThrow(/CONSOLE_AUTH_SECRET: must be at least 32 characters/);
    expect(attempt).toThrow(/single sign-on needs all three/);
    expect(attempt).not.toThrow(/short|tiny/);
  });

  it("wants the owner's email and password together", () => {
    expect(() => parseAuthEnv({ CONSOLE_ADMIN_EMAIL: "a@example.com" })).toThrow(
      /CONSOLE_ADMIN_EMAIL and CONSOLE_ADMIN_PASSWORD go together/,
    );
  });
});
