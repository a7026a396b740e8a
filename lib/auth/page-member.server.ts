import "server-only";
import { headers } from "next/headers";
import type { SignedInMember } from "../contracts/team";
import { pageVisitor } from "./page-visitor.server";

// The URL is never read: the session comes from the cookie header.
const PAGE_REQUEST_URL = "http://console.invalid/";

/** The member who opens the page being rendered, or null (nobody signed in, or no owner yet). */
export async function getPageMember(): Promise<SignedInMember | null> {
  const visitor = await pageVisitor(new Request(PAGE_REQUEST_URL, { headers: await headers() }));
  if (visitor.kind !== "member") return null;
  const { id, name, email, role, isOwner } = visitor.member;
  return { id, name, email, role, isOwner };
}
