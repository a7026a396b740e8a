// Headers every answer of the console carries. The page policy lets scripts run only from the console
// itself or with this response's nonce (Next.js adds it to its own scripts), and no page be framed.

/** Same-origin requests keep their Referer (and a POST its Origin); other sites get none. */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
};

export function contentSecurityPolicy(nonce: string, { dev }: { dev: boolean }): string {
  return [
    "default-src 'self'",
    // React needs eval in development only, for its debugging stacks.
    `script-src 'self' 'nonce-${nonce}'${dev ? " 'unsafe-eval'" : ""}`,
    // Progress bars, the runs grid and the charts have `style` props, which become style attributes
    // whenever they are server-rendered; only 'unsafe-inline' allows those (a nonce would disable it).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * The policy of the console's own built files. It only takes effect where such a file is a Web
 * Worker's script, which runs under its own response's policy, not the page's: the upload parser
 * compiles the user's input schema into a validator with ajv, which needs eval. Pages never get it.
 */
export const WORKER_SCRIPT_POLICY = "default-src 'self'; script-src 'self' 'unsafe-eval'; object-src 'none'";

/** 128 random bits, base64: a fresh CSP nonce for one response. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
