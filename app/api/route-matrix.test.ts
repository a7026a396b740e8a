import { readFile } from "node:fs/promises";
import path from "node:path";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { ROLES, roleAllows, type Access, type Role } from "@/lib/auth/roles";
import { isBuiltRoute, type BuiltRoute } from "@/lib/http/define-route";
import { signInRedirect } from "@/lib/http/sign-in-gate";
import { isPublicPage, pageRole } from "@/lib/auth/page-access";
import { routeTestDeps, setUpRouteTests } from "@/lib/registry/route-test-support";
import { memberByRoleHeader, TEST_ROLE_HEADER, testMember } from "@/lib/testing/test-auth";
import { APP_DIR, HTTP_METHODS, pageFiles, routeFiles, urlPathOf } from "./route-files";

// Default deny, proved: every route file under app/ (API routes and pages), every method, called as
// nobody, a viewer, an operator and an admin. A route without a rule cannot be built (defineRoute
// requires `access`), and the README's role table must say exactly what the routes declare.

setUpRouteTests();

const ORIGIN = "http://127.0.0.1:3000";
type Caller = "anonymous" | Role;
const CALLERS: Caller[] = ["anonymous", ...ROLES];

// A value for each dynamic segment, so the handler gets past its params to the rule (or a 404/422).
const SEGMENT_VALUES: Record<string, string> = {
  "[id]": "tgrp_matrix",
  "[n]": "0",
  "[...path]": "v1/tasks/groups",
  "[...all]": "get-session",
  "[runId]": "trun_matrix",
  "[taskgroupId]": "tgrp_matrix",
  "[token]": "matrix-token",
};

function concretePath(urlPath: string): { url: string; params: Record<string, string | string[]> } {
  const params: Record<string, string | string[]> = {};
  const url = urlPath
    .split("/")
    .map((segment) => {
      const value = SEGMENT_VALUES[segment];
      if (value === undefined) return segment;
      const name = segment.replace(/^\[(\.\.\.)?/, "").replace(/\]$/, "");
      params[name] = segment.startsWith("[...") ? value.split("/") : value;
      return value;
    })
    .join("/");
  return { url, params };
}

async function call(
  route: BuiltRoute,
  method: string,
  urlPath: string,
  caller: Caller,
): Promise<{ status: number; code?: string; message?: string }> {
  const { url, params } = concretePath(urlPath);
  const headers: Record<string, string> = { origin: ORIGIN, host: "127.0.0.1:3000", "content-type": "application/json" };
  if (caller !== "anonymous") headers[TEST_ROLE_HEADER] = caller;
  const hasBody = method !== "GET" && method !== "HEAD";
  const response = await route.withDeps({ ...routeTestDeps(), auth: { ...routeTestDeps().auth, authenticator: memberByRoleHeader } })(
    new Request(`${ORIGIN}${url}`, { method, headers, body: hasBody ? "{}" : undefined }),
    { params: Promise.resolve(params) },
  );
  const text = await response.text();
  let error: { code?: string; message?: string } | undefined;
  try {
    error = (JSON.parse(text) as { error?: { code?: string; message?: string } }).error;
  } catch {
    error = undefined;
  }
  return { status: response.status, code: error?.code, message: error?.message };
}

interface RouteRule {
  method: string;
  path: string;
  access: Access;
  route: BuiltRoute;
}

async function routeRules(): Promise<RouteRule[]> {
  const rules: RouteRule[] = [];
  for (const file of await routeFiles()) {
    const exports = (await import(file)) as Record<string, unknown>;
    for (const method of HTTP_METHODS) {
      const route = exports[method];
      if (route === undefined) continue;
      if (!isBuiltRoute(route)) throw new Error(`${file} ${method} is not made by defineRoute`);
      rules.push({ method, path: urlPathOf(file), access: route.access, route });
    }
  }
  return rules;
}

describe("every API route and method, as each kind of caller", () => {
  it("answers anonymous callers 401, too-low roles 403 naming the role, and lets the rest through", async () => {
    const rules = await routeRules();
    expect(rules.length).toBeGreaterThan(25);
    const wrong: string[] = [];
    for (const rule of rules) {
      for (const caller of CALLERS) {
        const { status, code, message } = await call(rule.route, rule.method, rule.path, caller);
        const where = `${rule.method} ${rule.path} as ${caller} (needs ${rule.access}): ${status} ${code ?? ""}`;
        if (rule.access === "public") {
          if (code === "unauthenticated" || code === "forbidden") wrong.push(`${where}, expected no sign-in check`);
        } else if (caller === "anonymous") {
          if (status !== 401 || code !== "unauthenticated") wrong.push(`${where}, expected 401`);
        } else if (!roleAllows(caller, rule.access)) {
          if (status !== 403 || code !== "forbidden" || !message?.includes(`the ${rule.access} role`))
            wrong.push(`${where}, expected 403 naming ${rule.access}`);
        } else if (code === "unauthenticated" || code === "forbidden") wrong.push(`${where}, expected to be let through`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("are exactly what the README's role table says", async () => {
    const rules = await routeRules();
    const declared = rules.map((rule) => `| \`${rule.method}\` | \`${rule.path}\` | ${rule.access} |`).sort();
    const readme = await readFile(path.join(APP_DIR, "..", "README.md"), "utf8");
    const table = readme.slice(readme.indexOf("<!-- route-roles:start -->"), readme.indexOf("<!-- route-roles:end -->"));
    const documented = table
      .split("\n")
      .filter((line) => line.startsWith("| `"))
      .sort();
    expect(documented).toEqual(declared);
  });
});

describe("every page, as each kind of caller", () => {
  it("sends anonymous visitors to sign-in with the return path, too-low roles to /forbidden, and serves the rest", async () => {
    const pages = (await pageFiles()).map(urlPathOf);
    expect(pages).toContain("/");
    const wrong: string[] = [];
    for (const page of pages) {
      const { url } = concretePath(page);
      for (const caller of CALLERS) {
        const request = new NextRequest(`${ORIGIN}${url}?tab=x`);
        const visitor =
          caller === "anonymous" ? ({ kind: "anonymous" } as const) : ({ kind: "member", member: testMember(caller) } as const);
        const location = signInRedirect(request, visitor, ORIGIN)?.headers.get("location") ?? null;
        const where = `${url} as ${caller}: ${location ?? "served"}`;
        const needed = pageRole(url);
        if (page === "/setup") {
          if (location === null) wrong.push(`${where}, expected a redirect once the console has an owner`);
        } else if (isPublicPage(url) && caller === "anonymous") {
          if (location !== null) wrong.push(`${where}, expected it served`);
        } else if (url === "/sign-in") {
          if (location !== `${ORIGIN}/`) wrong.push(`${where}, expected the signed-in member sent on`);
        } else if (caller === "anonymous") {
          if (location !== `${ORIGIN}/sign-in?next=${encodeURIComponent(`${url}?tab=x`)}`)
            wrong.push(`${where}, expected sign-in with the return path`);
        } else if (!roleAllows(caller, needed)) {
          if (!location?.startsWith(`${ORIGIN}/forbidden?needed=${needed}`)) wrong.push(`${where}, expected /forbidden naming ${needed}`);
        } else if (location !== null) wrong.push(`${where}, expected it served`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("all lead to /setup while the console has no owner", () => {
    const location = signInRedirect(new NextRequest(`${ORIGIN}/groups/tgrp_1`), { kind: "setup" }, ORIGIN)?.headers.get("location");
    expect(location).toBe(`${ORIGIN}/setup`);
  });
});
