import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { parseSecurityEnv } from "../config/parse-security-env";
import { createConsoleProxy } from "./console-proxy";

const proxyFor = (env: Record<string, string> = {}) => createConsoleProxy(() => parseSecurityEnv(env), { dev: false });

// Next.js hands the proxy the URL it listens on; the Host header is what the browser asked for.
const requestTo = (path: string, headers: Record<string, string>, method = "GET") =>
  new NextRequest(new URL(path, "http://127.0.0.1:3000"), { method, headers });

async function errorOf(response: Response): Promise<{ code: string; message: string }> {
  return ((await response.json()) as { error: { code: string; message: string } }).error;
}

describe("the console's proxy", () => {
  it("refuses a page and an API route asked for by a foreign host name with 421 (DNS rebinding)", async () => {
    const proxy = proxyFor();
    for (const [path, method] of [
      ["/groups", "GET"],
      ["/api/groups", "POST"],
      ["/api/parallel/v1beta/tasks/groups", "POST"],
    ]) {
      const response = proxy(requestTo(path, { host: "evil.test:3000", origin: "http://evil.test:3000" }, method));
      expect(response.status, path).toBe(421);
      const error = await errorOf(response);
      expect(error.code).toBe("misdirected_request");
      expect(error.message).toContain("'evil.test:3000'");
      expect(error.message).toContain("CONSOLE_ALLOWED_HOSTS");
    }
  });

  it("refuses a request without a Host or with one that is not a plain host", () => {
    const proxy = proxyFor();
    expect(proxy(requestTo("/", { host: "localhost@evil.test" })).status).toBe(421);
    expect(proxy(requestTo("/", { host: "evil.localhost" })).status).toBe(421);
  });

  it("answers to localhost, 127.0.0.1 and [::1] on any port, and to the host of CONSOLE_URL", () => {
    const proxy = proxyFor({ CONSOLE_URL: "https://console.example.com" });
    for (const host of ["localhost:3000", "127.0.0.1:3100", "[::1]:3000", "LOCALHOST", "console.example.com"]) {
      const response = proxy(requestTo("/groups", { host }));
      expect(response.status, host).toBe(200);
      expect(response.headers.get("x-middleware-next"), host).toBe("1");
    }
    expect(proxy(requestTo("/groups", { host: "console.example.com.evil.test" })).status).toBe(421);
  });

  it("answers only to CONSOLE_ALLOWED_HOSTS when set, honouring a port when an entry names one", () => {
    const proxy = proxyFor({ CONSOLE_ALLOWED_HOSTS: "console.lan,10.0.0.5:3000" });
    expect(proxy(requestTo("/", { host: "console.lan:8080" })).status).toBe(200);
    expect(proxy(requestTo("/", { host: "10.0.0.5:3000" })).status).toBe(200);
    expect(proxy(requestTo("/", { host: "10.0.0.5:3001" })).status).toBe(421);
    expect(proxy(requestTo("/", { host: "localhost:3000" })).status).toBe(421);
  });

  it("ignores X-Forwarded-Host unless CONSOLE_TRUST_PROXY is set", () => {
    const spoofed = { host: "evil.test:3000", "x-forwarded-host": "localhost:3000" };
    expect(proxyFor()(requestTo("/", spoofed)).status).toBe(421);
    expect(proxyFor()(requestTo("/", { host: "localhost:3000", "x-forwarded-host": "evil.test" })).status).toBe(200);

    const behindProxy = proxyFor({ CONSOLE_TRUST_PROXY: "1", CONSOLE_URL: "https://console.example.com" });
    expect(behindProxy(requestTo("/", { host: "127.0.0.1:3000", "x-forwarded-host": "console.example.com" })).status).toBe(200);
    expect(behindProxy(requestTo("/", { host: "127.0.0.1:3000", "x-forwarded-host": "evil.test" })).status).toBe(421);
  });

  it("sends a nonce-based CSP, nosniff and a Referrer-Policy, and hands the nonce to Next.js", () => {
    const proxy = proxyFor();
    const first = proxy(requestTo("/groups", { host: "localhost:3000" }));
    const csp = first.headers.get("content-security-policy") ?? "";
    const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]{22,})'/.exec(csp)?.[1];
    expect(nonce).toBeDefined();
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(first.headers.get("x-content-type-options")).toBe("nosniff");
    expect(first.headers.get("referrer-policy")).toBe("same-origin");
    // Next.js reads the request's policy to put the nonce on its scripts.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(csp);

    const second = proxy(requestTo("/groups", { host: "localhost:3000" }));
    expect(second.headers.get("content-security-policy")).not.toBe(csp);
  });

  it("lets the console's built files run eval only as Web Worker scripts, never on pages", () => {
    const proxy = proxyFor();
    const worker = proxy(requestTo("/_next/static/chunks/turbopack-worker-1.js", { host: "127.0.0.1:3000" }));
    expect(worker.headers.get("content-security-policy")).toBe("default-src 'self'; script-src 'self' 'unsafe-eval'; object-src 'none'");
    expect(worker.headers.get("x-content-type-options")).toBe("nosniff");
    expect(proxy(requestTo("/groups/new", { host: "127.0.0.1:3000" })).headers.get("content-security-policy")).not.toContain("unsafe-eval");
    expect(proxy(requestTo("/_next/static/chunks/a.js", { host: "evil.test:3000" })).status).toBe(421);
  });

  it("allows eval in development only", () => {
    const dev = createConsoleProxy(() => parseSecurityEnv({}), { dev: true });
    expect(dev(requestTo("/", { host: "localhost:3000" })).headers.get("content-security-policy")).toContain("'unsafe-eval'");
  });
});
