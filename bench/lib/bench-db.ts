/**
 * Connections to the benchmark's PostgreSQL databases. Everything here writes or reconfigures a database,
 * so it refuses any server that is not on this machine.
 */
import { spawnSync } from "node:child_process";
import pg from "pg";
import { isLocalDatabase, poolConfigFromUrl } from "@/lib/database-url";

export const BENCH_SERVER = process.env.BENCH_PG_SERVER ?? "postgresql://postgres@127.0.0.1:5432";

/** The database of one scale: ashyq_bench_story or ashyq_bench_full, unless BENCH_DATABASE_URL_<SCALE> says otherwise. */
export function benchDatabaseUrl(scale: string): string {
  return process.env[`BENCH_DATABASE_URL_${scale.toUpperCase()}`] ?? `${BENCH_SERVER}/ashyq_bench_${scale}`;
}

export function assertLocal(databaseUrl: string): void {
  if (!isLocalDatabase(databaseUrl)) {
    throw new Error(`Refusing to touch ${new URL(databaseUrl).hostname}: the benchmark only runs against a database on localhost.`);
  }
}

export async function connect(databaseUrl: string): Promise<pg.Client> {
  assertLocal(databaseUrl);
  const client = new pg.Client(poolConfigFromUrl(databaseUrl));
  await client.connect();
  return client;
}

/** A one-line description of where the time went, for the console. */
export function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

/**
 * Drops and recreates a benchmark's own database, then migrates and seeds it with the app in `appDir`. Only on this
 * machine, and only a database whose name starts with `namePrefix`, since it is dropped first.
 */
export async function recreateSeededDatabase({ databaseUrl, namePrefix, appDir }: { databaseUrl: string; namePrefix: string; appDir: string }): Promise<void> {
  assertLocal(databaseUrl);
  const name = new URL(databaseUrl).pathname.slice(1);
  if (!new RegExp(`^${namePrefix}\\w*$`).test(name)) throw new Error(`The database must be named ${namePrefix}… (got "${name}"): it is dropped first.`);
  const admin = new pg.Client(poolConfigFromUrl(databaseUrl, { database: "postgres" }));
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  for (const script of ["db:migrate", "db:seed"]) {
    const result = spawnSync("npm", ["run", "--silent", script], {
      cwd: appDir,
      env: { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1" },
      stdio: ["ignore", "inherit", "inherit"],
    });
    if (result.status !== 0) throw new Error(`npm run ${script} failed in ${appDir}`);
  }
}
