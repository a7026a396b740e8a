import { describe, expect, it } from "vitest";
import { parseSecurityEnv } from "../config/parse-security-env";
import { AppError } from "./app-error";
import { checkWrite } from "./check-write";

const defaults = parseSecurityEnv({});

function write(headers: Record<string, string>, { method = "POST", body = "{}" }: { method?: string; body?: string | null } = {}) {
  return new Request("http://127.0.0.1:3000/api/groups", {
    method,
    headers: { host: "localhost:3000", ...headers },
    body: body ?? undefined,
  });
}

function refusal(request: Request, policy = defaults): { status: number; code: string; message: string } | null {
  try {
    checkWrite(request, policy);
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { status: error.status, code: error.code, message: error.message };
  }
}

const JSON_TYPE = { "content-type": "application/json" };

describe("checkWrite", () => {
  it("refuses text/plain, form and untyped bodies with 415 naming the route and the type", () => {
    expect(refusal(write({ "content-type": "text/plain;charset=UTF-8" }))).toEqual({
      status: 415,
      code: "unsupported_media_type",
      message: "POST /api/groups takes a JSON body: send Content-Type: application/json (got 'text/plain;charset=UTF-8')",
    });
    expect(refusal(write({ "content-type": "application/x-www-form-urlencoded" }, { method: "PATCH" }))?.status).toBe(415);
    expect(refusal(write({ "content-type": "multipart/form-data; boundary=x" }, { method: "PUT" }))?.status).toBe(415);
    expect(refusal(write({ "content-type": "application/jsonp" }))?.status).toBe(415);
    // A body the client did not type at all.
    const untyped = write({}, { body: null });
    untyped.headers.set("content-length", "2");
    expect(refusal(untyped)?.message).toContain("(got no Content-Type)");
  });

  it("accepts JSON bodies, and writes with neither body nor type", () => {
    expect(refusal(write(JSON_TYPE))).toBeNull();
    expect(refusal(write({ "content-type": "Application/JSON; charset=utf-8" }))).toBeNull();
    expect(refusal(write({ "content-type": "application/merge-patch+json" }, { method: "PATCH" }))).toBeNull();
    expect(refusal(write({}, { method: "DELETE", body: null }))).toBeNull();
  });

  it("lets reads through whatever they carry", () => {
    expect(
      refusal(new Request("http://127.0.0.1:3000/api/groups", { headers: { "sec-fetch-site": "cross-site", origin: "http://evil.test" } })),
    ).toBeNull();
  });

  it("refuses writes the browser marks Sec-Fetch-Site: cross-site with 403", () => {
    expect(refusal(write({ ...JSON_TYPE, "sec-fetch-site": "cross-site" }))).toMatchObject({ status: 403, code: "forbidden_origin" });
    expect(refusal(write({ ...JSON_TYPE, "sec-fetch-site": "cross-site" }, { method: "DELETE", body: null }))?.status).toBe(403);
    expect(refusal(write({ ...JSON_TYPE, "sec-fetch-site": "same-origin", origin: "http://localhost:3000" }))).toBeNull();
  });

  it("compares the Origin's scheme, host and port with the console's own", () => {
    expect(refusal(write({ ...JSON_TYPE, origin: "http://localhost:3000" }))).toBeNull();
    expect(refusal(write({ ...JSON_TYPE, origin: "https://localhost:3000" }))).toMatchObject({
      status: 403,
      message: "Cross-origin POST from 'https://localhost:3000' is not allowed",
    });
    expect(refusal(write({ ...JSON_TYPE, origin: "http://localhost:3001" }))?.status).toBe(403);
    expect(refusal(write({ ...JSON_TYPE, origin: "null" }))?.status).toBe(403);
    // Scripts and the SDK send no Origin.
    expect(refusal(write(JSON_TYPE))).toBeNull();
  });

  it("takes the scheme of CONSOLE_URL for its host", () => {
    const policy = parseSecurityEnv({ CONSOLE_URL: "https://console.example.com" });
    const behindTls = { ...JSON_TYPE, host: "console.example.com" };
    expect(refusal(write({ ...behindTls, origin: "https://console.example.com" }), policy)).toBeNull();
    expect(refusal(write({ ...behindTls, origin: "http://console.example.com" }), policy)?.status).toBe(403);
  });

  it("ignores X-Forwarded-Host and X-Forwarded-Proto unless CONSOLE_TRUST_PROXY is set", () => {
    const forwarded = { ...JSON_TYPE, host: "127.0.0.1:3000", "x-forwarded-host": "console.example.com", "x-forwarded-proto": "https" };
    const fromPublicPage = { ...forwarded, origin: "https://console.example.com" };
    expect(refusal(write(fromPublicPage))?.status).toBe(403);
    expect(refusal(write({ ...forwarded, origin: "http://127.0.0.1:3000" }))).toBeNull();

    const trusting = parseSecurityEnv({ CONSOLE_TRUST_PROXY: "true" });
    expect(refusal(write(fromPublicPage), trusting)).toBeNull();
    expect(refusal(write({ ...forwarded, origin: "http://console.example.com" }), trusting)?.status).toBe(403);
  });
});
