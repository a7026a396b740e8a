import { fileURLToPath } from "node:url";

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // `node .next/standalone/server.js` runs the console with only the files it needs (Dockerfile,
  // docs/deploy.md); scripts/prepare-standalone.ts adds what Next leaves out. `next start` still works.
  output: "standalone",
  // This folder, not a lockfile further up: server.js lands at .next/standalone/server.js.
  outputFileTracingRoot: fileURLToPath(new URL(".", import.meta.url)),
  // Native addon: must be loaded by Node at runtime, never bundled.
  // prom-client: one module instance, whose registry the metrics route reads (see lib/ops/console-metrics.ts).
  serverExternalPackages: ["better-sqlite3", "prom-client"],
  poweredByHeader: false,
  experimental: {
    // proxy.ts makes Next.js buffer request bodies, cut (silently) at this size. One byte over the
    // gateway's add-runs cap (MAX_ADD_RUNS_BODY_BYTES, 32 MiB), so an oversize body still gets its 413.
    proxyClientMaxBodySize: 32 * 1024 * 1024 + 1,
  },
  // The build checks what it ships; tests, e2e and scripts are checked by `npm run typecheck`.
  typescript: { tsconfigPath: "tsconfig.build.json" },
};

export default nextConfig;
