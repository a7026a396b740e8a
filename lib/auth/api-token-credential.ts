import { API_TOKEN_PREFIX } from "../contracts/api-tokens";

/**
 * The personal API token a request carries, as `x-api-key` (what the Parallel SDK sends) or
 * `Authorization: Bearer`; null when it carries none. Only values with the console's prefix count:
 * a script may still send its own placeholder key alongside a session cookie.
 */
export function apiTokenOf(request: Request): string | null {
  const apiKey = request.headers.get("x-api-key")?.trim();
  if (apiKey?.startsWith(API_TOKEN_PREFIX)) return apiKey;
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "")?.[1];
  return bearer?.startsWith(API_TOKEN_PREFIX) ? bearer : null;
}
