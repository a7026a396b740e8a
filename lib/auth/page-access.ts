import type { Role } from "./roles";

// Which pages open without sign-in, and which need more than a viewer. Everything else needs a member.

/**
 * Pages for people who are not signed in: sign-in, first-run setup, accepting an invitation, a share
 * link (its token is the key) and the product's preview image, which names nothing but the product.
 */
export function isPublicPage(pathname: string): boolean {
  return (
    pathname === "/sign-in" ||
    pathname === "/setup" ||
    pathname === "/opengraph-image" ||
    pathname.startsWith("/invite/") ||
    pathname.startsWith("/share/")
  );
}

const PAGE_ROLES: [prefix: string, role: Role][] = [
  ["/settings/members", "admin"],
  ["/settings/audit", "admin"],
  ["/settings/budgets", "admin"],
  ["/groups/new", "operator"],
];

/** The least role a page needs. */
export function pageRole(pathname: string): Role {
  return PAGE_ROLES.find(([prefix]) => pathname === prefix || pathname.startsWith(`${prefix}/`))?.[1] ?? "viewer";
}

/** Where sign-in sends someone back to: only a path on this console, never another site. */
export function safeReturnPath(next: string | null | undefined): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  return next;
}
