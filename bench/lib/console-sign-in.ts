// The benchmark is a member like any script: the console it starts has an owner (from the env), who
// signs in once and makes a personal API token. API calls carry the token; browsers the session.

export const BENCH_OWNER = { email: "bench-owner@bench.test", password: "bench-owner-password" };

export interface ConsoleCredentials {
  /** Headers that sign an API call in (a personal API token with write scope). */
  apiHeaders: Record<string, string>;
  /** The session cookie, for a browser context. */
  sessionCookie: { name: string; value: string };
}

export async function signInToConsole(url: string): Promise<ConsoleCredentials> {
  const headers = { "content-type": "application/json", origin: url };
  const signedIn = await fetch(`${url}/api/auth/sign-in/email`, { method: "POST", headers, body: JSON.stringify(BENCH_OWNER) });
  if (!signedIn.ok) throw new Error(`signing the benchmark's owner in answered ${signedIn.status}: ${await signedIn.text()}`);
  const cookieLine = signedIn.headers.getSetCookie().find((line) => line.includes("session_token="));
  if (!cookieLine) throw new Error("signing in set no session cookie");
  const [pair] = cookieLine.split(";");
  const at = pair.indexOf("=");
  const sessionCookie = { name: pair.slice(0, at), value: pair.slice(at + 1) };
  const made = await fetch(`${url}/api/tokens`, {
    method: "POST",
    headers: { ...headers, cookie: `${sessionCookie.name}=${sessionCookie.value}` },
    body: JSON.stringify({ name: "benchmark", scope: "write" }),
  });
  if (made.status !== 201) throw new Error(`making the benchmark's API token answered ${made.status}: ${await made.text()}`);
  const { token } = (await made.json()) as { token: string };
  return { apiHeaders: { "x-api-key": token }, sessionCookie };
}
