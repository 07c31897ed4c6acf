/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Native and driver packages are loaded by Node at run time, not bundled.
  serverExternalPackages: ["better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg"],
  typedRoutes: false,
};

export default nextConfig;
