/**
 * Restoring a backup made by db-backup. Neither kind overwrites a database that holds anything unless asked
 * (`force`), and then the database that is replaced is kept: a dump of it (PostgreSQL) or its directory moved
 * aside (embedded). The path of that safety copy is returned so that the person is told where it is.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type pg from "pg";
import { backupPostgres } from "./backup-database";
import { defaultBackupPath, timestampForFileName } from "./backup-files";
import { lockDataDir } from "./embedded-data-dir";
import { checkPgTool, libpqEnv, runPgTool, serverMajor, withClient } from "./postgres-tools";

export type RestoreResult = { safetyCopy?: string };

/** Restoring onto data needs `force`; this error says so, and is not a failure of the restore itself. */
export class RestoreRefusedError extends Error {
  name = "RestoreRefusedError";
}

const USER_SCHEMAS = "n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'";

/** Tables, views, sequences and enums outside PostgreSQL's own schemas: anything a restore would collide with. */
async function countUserObjects(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ count: string }>(`
    SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE ${USER_SCHEMAS} AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f'))
         + (SELECT count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
             WHERE ${USER_SCHEMAS} AND t.typtype = 'e') AS count`);
  return Number(rows[0]!.count);
}

/** Empties the database back to what `createdb` gives: no schemas of its own but an empty public. */
async function emptyDatabase(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ name: string }>(`SELECT n.nspname AS name FROM pg_namespace n WHERE ${USER_SCHEMAS}`);
  await client.query("BEGIN");
  for (const { name } of rows) await client.query(`DROP SCHEMA "${name.replaceAll('"', '""')}" CASCADE`);
  await client.query("CREATE SCHEMA public");
  await client.query("COMMIT");
}

/**
 * pg_restore of a `pg_dump -Fc` file into the database DATABASE_URL names, in one transaction (all or
 * nothing), owned by the restoring user whatever user made the dump.
 */
export async function restorePostgres(databaseUrl: string, file: string, { force = false } = {}): Promise<RestoreResult> {
  const database = libpqEnv(databaseUrl).PGDATABASE!;
  const { major, objects } = await withClient(databaseUrl, async (client) => ({ major: await serverMajor(client), objects: await countUserObjects(client) }));
  checkPgTool("pg_restore", major);
  const result: RestoreResult = {};
  if (objects > 0) {
    if (!force) {
      throw new RestoreRefusedError(
        `The database ${database} already holds data (${objects} tables, sequences and enum types). Restoring replaces all of it; if this is the database ` +
          "you mean, run again with --force (a dump of what is there now is taken first). Or restore into a new, empty database.",
      );
    }
    result.safetyCopy = await backupPostgres(databaseUrl, defaultBackupPath("postgres", `${database}-before-restore`));
    await withClient(databaseUrl, emptyDatabase);
  }
  await runPgTool(
    "pg_restore",
    ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", "--no-password", `--dbname=${database}`, file],
    databaseUrl,
  );
  return result;
}

/**
 * Loads PGlite's tarball into the embedded data directory, under its lock. An existing database there is
 * moved aside to `<dir>.before-restore-<time>` (with `force`), and moved back if the load fails.
 */
export async function restoreEmbedded(dataDir: string, file: string, { force = false } = {}): Promise<RestoreResult> {
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const release = lockDataDir(dataDir);
  try {
    const result: RestoreResult = {};
    if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
      if (!force) {
        throw new RestoreRefusedError(
          `${dataDir} already holds a database. Restoring replaces it; run again with --force to do so (the current one is moved aside, not deleted).`,
        );
      }
      result.safetyCopy = `${dataDir}.before-restore-${timestampForFileName()}`;
      renameSync(dataDir, result.safetyCopy);
    }
    try {
      const db = await PGlite.create({ dataDir, loadDataDir: new Blob([readFileSync(file)]) });
      try {
        await db.query("SELECT count(*) FROM pg_class"); // the restored cluster opens and answers
      } finally {
        await db.close();
      }
    } catch (error) {
      rmSync(dataDir, { recursive: true, force: true });
      if (result.safetyCopy) renameSync(result.safetyCopy, dataDir);
      throw error;
    }
    return result;
  } finally {
    release();
  }
}
