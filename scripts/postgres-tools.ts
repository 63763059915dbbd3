/**
 * The machine's PostgreSQL client programs (pg_dump, pg_restore), as db-backup and db-restore use them.
 *
 * They read the connection from libpq's environment (PGHOST, PGPASSWORD…) rather than from a URL on the
 * command line: the password then does not show in `ps`, and Prisma's own URL parameters (`?schema=`), which
 * libpq rejects, never reach them.
 */
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { poolConfigFromUrl } from "../lib/database-url";

export type PgTool = "pg_dump" | "pg_restore";

/** PG_BIN_DIR picks a particular installation, e.g. /usr/lib/postgresql/17/bin beside an older default. */
export function pgToolPath(tool: PgTool): string {
  return process.env.PG_BIN_DIR ? path.join(process.env.PG_BIN_DIR, tool) : tool;
}

/** libpq's environment for the database a postgresql:// URL names. */
export function libpqEnv(databaseUrl: string): NodeJS.ProcessEnv {
  const url = new URL(databaseUrl);
  const config = poolConfigFromUrl(databaseUrl);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PGHOST: url.searchParams.get("host") ?? config.host,
    PGPORT: String(config.port ?? 5432),
    PGDATABASE: config.database ?? "postgres",
  };
  if (config.user) env.PGUSER = config.user;
  if (typeof config.password === "string") env.PGPASSWORD = config.password;
  const sslMode = url.searchParams.get("sslmode");
  if (sslMode) env.PGSSLMODE = sslMode;
  return env;
}

export async function withClient<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = new URL(databaseUrl);
  const client = new pg.Client(poolConfigFromUrl(databaseUrl, url.searchParams.get("host") ? { host: url.searchParams.get("host")! } : {}));
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** "pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)" → 15. */
export function majorOfToolVersion(output: string): number | undefined {
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(output);
  return match ? Number(match[1]) : undefined;
}

/**
 * Checks that the tool exists and, for pg_dump, that it is not older than the server: an older pg_dump
 * refuses a newer server ("server version mismatch"), and saying so up front is kinder than its message.
 */
export function checkPgTool(tool: PgTool, serverMajor: number): void {
  const result = spawnSync(pgToolPath(tool), ["--version"], { encoding: "utf8" });
  const install = `install the PostgreSQL ${serverMajor} client tools (Debian/Ubuntu: \`apt install postgresql-client-${serverMajor}\`, from apt.postgresql.org if your release lacks it) or set PG_BIN_DIR to their directory`;
  if (result.error) {
    throw new Error(`${tool} was not found (${pgToolPath(tool)}): ${install}.`);
  }
  const major = majorOfToolVersion(result.stdout);
  if (major === undefined) throw new Error(`Could not read the version of ${pgToolPath(tool)} from: ${result.stdout.trim()}`);
  if (tool === "pg_dump" && major < serverMajor) {
    throw new Error(`${pgToolPath(tool)} is version ${major}, older than the PostgreSQL ${serverMajor} server, and cannot dump it: ${install}.`);
  }
}

export async function serverMajor(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ server_version_num: string }>("SHOW server_version_num");
  return Math.floor(Number(rows[0]!.server_version_num) / 10000);
}

/** Runs a PostgreSQL tool, passing its messages through; rejects with its exit code. */
export function runPgTool(tool: PgTool, args: string[], databaseUrl: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(pgToolPath(tool), args, { env: libpqEnv(databaseUrl), stdio: ["ignore", "inherit", "inherit"] });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${tool} failed (${signal ?? `exit code ${code}`}); see its messages above.`)),
    );
  });
}
