/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Native addon: must be loaded by Node at runtime, never bundled.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
};

export default nextConfig;
