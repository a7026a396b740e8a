import { ApiError } from "./api-error";
import { leaveForSignIn } from "./signed-out";

/** fetch for the console's own JSON endpoints: throws ApiError with the server's code and message. */
export async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      headers: { accept: "application/json", ...(init?.body ? { "content-type": "application/json" } : {}), ...init?.headers },
    });
  } catch (error) {
    throw new ApiError(0, "network", `The console server did not answer: ${(error as Error).message}`);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: reported below
  }
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string; detail?: Record<string, unknown> } } | null)?.error;
    if (response.status === 401 && error?.code === "unauthenticated") leaveForSignIn();
    throw new ApiError(
      response.status,
      (error?.code as ApiError["code"]) ?? "unknown",
      error?.message ?? `HTTP ${response.status}${text ? `: ${text.slice(0, 200)}` : ""}`,
      error?.detail,
    );
  }
  return body as T;
}

/** A React Query `queryFn` that reads `url`, cancelled with its query. */
export function getJson<T>(url: string): (context: { signal: AbortSignal }) => Promise<T> {
  return ({ signal }) => fetchJson<T>(url, { signal });
}

/** A write of `body`, as JSON, to one of the console's endpoints. */
export function sendJson<T>(method: "POST" | "PUT" | "PATCH", url: string, body: unknown): Promise<T> {
  return fetchJson<T>(url, { method, body: JSON.stringify(body) });
}

export function deleteAt<T = void>(url: string): Promise<T> {
  return fetchJson<T>(url, { method: "DELETE" });
}
