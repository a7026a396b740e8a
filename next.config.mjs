/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Native addon: must be loaded by Node at runtime, never bundled.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // The build checks what it ships; tests, e2e and scripts are checked by `npm run typecheck`.
  typescript: { tsconfigPath: "tsconfig.build.json" },
};

export default nextConfig;
