import { NextResponse, type NextRequest } from "next/server";
import type { Member } from "../auth/member";
import { roleAllows } from "../auth/roles";
import { isPublicPage, pageRole, safeReturnPath } from "../auth/page-access";

type Visitor = { kind: "setup" } | { kind: "anonymous" } | { kind: "member"; member: Member };

const NOT_PAGES = ["/api/", "/_next/"];
const STATIC_FILE = /\.[a-z0-9]+$/i;

/** Whether the request is for a page (not the API, built files or a static file such as the favicon). */
export function isPageRequest(pathname: string): boolean {
  return !NOT_PAGES.some((prefix) => pathname.startsWith(prefix)) && !STATIC_FILE.test(pathname);
}

/**
 * Where a page request must go instead, or null to serve it: with no owner yet every page leads to
 * /setup; nobody signed in goes to /sign-in with the return path; a member whose role is too low
 * sees /forbidden naming the role; a signed-in member is sent on from /sign-in and /setup.
 */
export function signInRedirect(request: NextRequest, visitor: Visitor, origin: string): NextResponse | null {
  const { pathname, search } = request.nextUrl;
  // On `origin` (what the browser asked for, from Host): Next.js names 127.0.0.1 "localhost" in
  // nextUrl, and a redirect to another host name would lose the session cookie.
  const to = (path: string, query: Record<string, string> = {}) => {
    const url = new URL(path, origin);
    url.search = new URLSearchParams(query).toString();
    return NextResponse.redirect(url, 307);
  };
  if (visitor.kind === "setup") return pathname === "/setup" ? null : to("/setup");
  if (pathname === "/setup") return to(visitor.kind === "member" ? "/" : "/sign-in");
  if (visitor.kind === "anonymous") return isPublicPage(pathname) ? null : to("/sign-in", { next: `${pathname}${search}` });
  if (pathname === "/sign-in") return to(safeReturnPath(request.nextUrl.searchParams.get("next")));
  const needed = pageRole(pathname);
  if (!roleAllows(visitor.member.role, needed)) return to("/forbidden", { needed, from: pathname });
  return null;
}
