import "server-only";
import { headers } from "next/headers";
import { getSecurityPolicy } from "../config/security-env";
import { requestOrigin } from "./request-host";

/**
 * The origin the page was asked for, so link previews name their image by an address the crawler can
 * reach (Next.js would otherwise write localhost); CONSOLE_URL's when the request does not say.
 */
export async function pageOrigin(): Promise<URL | null> {
  const origin = requestOrigin({ headers: await headers() }, getSecurityPolicy()) ?? getSecurityPolicy().consoleOrigin;
  return origin ? new URL(origin) : null;
}
