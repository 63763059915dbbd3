import type { PoolConfig } from "pg";

/**
 * Turns a postgres:// URL into discrete pool fields.
 *
 * Why not `connectionString`: pg lets a URL override `database`, which once made Prisma's shadow
 * database silently become the main one. Discrete fields keep each pool pointed where we say.
 */
export function poolConfigFromUrl(databaseUrl: string, overrides: PoolConfig = {}): PoolConfig {
  const url = new URL(databaseUrl);
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new Error(`DATABASE_URL must start with postgresql:// (got ${url.protocol}//…)`);
  }
  const sslMode = url.searchParams.get("sslmode");
  return {
    host: decodeURIComponent(url.hostname) || "127.0.0.1",
    port: url.port ? Number(url.port) : 5432,
    user: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    database: url.pathname.length > 1 ? decodeURIComponent(url.pathname.slice(1)) : undefined,
    ssl: sslMode === "require" || sslMode === "verify-full" ? { rejectUnauthorized: sslMode === "verify-full" } : undefined,
    ...overrides,
  };
}

/** True for loopback hosts and unix sockets: the only places tests may wipe. */
export function isLocalDatabase(databaseUrl: string): boolean {
  const host = new URL(databaseUrl).hostname;
  return ["localhost", "127.0.0.1", "[::1]", "::1", ""].includes(host) || host.startsWith("127.");
}
