import Provider from "oidc-provider";

// A real OpenID Connect provider for the single sign-on e2e test (started by playwright.config.ts).
// Its development login form takes any login name; the account's email is `<login>@sso.e2e.test`.

const port = Number(process.env.OIDC_PORT);
const consoleUrl = process.env.OIDC_CONSOLE_URL;
const clientId = process.env.OIDC_CLIENT_ID;
const clientSecret = process.env.OIDC_CLIENT_SECRET;
if (!port || !consoleUrl || !clientId || !clientSecret)
  throw new Error("OIDC_PORT, OIDC_CONSOLE_URL, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are required");

const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [`${consoleUrl}/api/auth/callback/oidc`],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  findAccount: async (_context, sub) => ({
    accountId: sub,
    claims: async () => ({ sub, email: `${sub}@sso.e2e.test`, email_verified: true, name: `SSO ${sub}` }),
  }),
  features: { devInteractions: { enabled: true } },
});
provider.proxy = false;
provider.listen(port, "127.0.0.1", () => console.log(`oidc provider on ${port}`));
