/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Native addon: must be loaded by Node at runtime, never bundled.
  serverExternalPackages: ["better-sqlite3"],
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
