import { fetchSse, type ReadSseOptions, type SseRead } from "./sse";

// A deliberately thin fetch client for tests: it adds the API key and the version prefix and hands
// back status, headers and parsed body untouched, so tests see exactly what went over the wire.
// Works against anything that serves the Parallel API (the emulator, the gateway).

export type ApiPrefix = "/v1beta" | "/v1";
export const API_PREFIXES: readonly ApiPrefix[] = ["/v1beta", "/v1"];

export type Query = Record<string, string | number | boolean | null | undefined>;

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the raw text when the body is not JSON. */
  body: T;
  text: string;
}

export interface ApiRequestInit extends Omit<RequestInit, "body"> {
  query?: Query;
  /** An object is sent as JSON; a string is sent as-is (for malformed bodies). */
  body?: unknown;
}

export interface ApiClient {
  baseUrl: string;
  prefix: ApiPrefix;
  apiKey: string | undefined;
  /** Absolute URL; paths starting with `/v1` are taken as-is, others get the prefix. */
  url(path: string, query?: Query): string;
  request(path: string, init?: ApiRequestInit): Promise<Response>;
  json<T = unknown>(method: string, path: string, init?: ApiRequestInit): Promise<ApiResponse<T>>;
  sse(path: string, init?: ApiRequestInit, options?: ReadSseOptions): Promise<SseRead>;
  withPrefix(prefix: ApiPrefix): ApiClient;
  withApiKey(apiKey: string | undefined): ApiClient;
}

export interface ApiClientOptions {
  baseUrl: string;
  prefix?: ApiPrefix;
  apiKey?: string;
}

export function createApiClient({ baseUrl, prefix = "/v1beta", apiKey }: ApiClientOptions): ApiClient {
  const url = (path: string, query?: Query) => {
    const full = new URL(`${baseUrl}${path.startsWith("/v1") ? path : `${prefix}${path}`}`);
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== null) full.searchParams.set(key, String(value));
    }
    return full.toString();
  };

  const toRequestInit = (init: ApiRequestInit = {}): RequestInit => {
    const { body, ...rest } = init;
    delete rest.query;
    const headers = new Headers(rest.headers);
    if (apiKey !== undefined && !headers.has("x-api-key")) headers.set("x-api-key", apiKey);
    let payload: string | undefined;
    if (body !== undefined) {
      payload = typeof body === "string" ? body : JSON.stringify(body);
      if (!headers.has("content-type")) headers.set("content-type", "application/json");
    }
    return { ...rest, headers, body: payload };
  };

  const request = (path: string, init: ApiRequestInit = {}) => fetch(url(path, init.query), toRequestInit(init));

  const json = async <T>(method: string, path: string, init: ApiRequestInit = {}): Promise<ApiResponse<T>> => {
    const response = await request(path, { ...init, method });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON: keep the text so the assertion shows it.
    }
    return { status: response.status, headers: response.headers, body: body as T, text };
  };

  const sse = (path: string, init: ApiRequestInit = {}, options: ReadSseOptions = {}) =>
    fetchSse(url(path, init.query), toRequestInit({ ...init, method: init.method ?? "GET" }), options);

  return {
    baseUrl,
    prefix,
    apiKey,
    url,
    request,
    json,
    sse,
    withPrefix: (next) => createApiClient({ baseUrl, prefix: next, apiKey }),
    withApiKey: (next) => createApiClient({ baseUrl, prefix, apiKey: next }),
  };
}

/** Returns the body when the status is the expected one; otherwise throws with what came back. */
export function requireStatus<T>(response: ApiResponse<T>, expected: number, label: string): T {
  if (response.status !== expected) {
    throw new Error(`${label}: expected HTTP ${expected}, got ${response.status}: ${response.text.slice(0, 2000)}`);
  }
  return response.body;
}
