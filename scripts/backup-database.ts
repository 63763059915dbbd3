/**
 * Taking a backup, for db-backup (and for db-restore's safety copy before it replaces a database).
 * The two kinds of file are described in backup-files.ts.
 */
import { writeFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { defaultBackupPath, writeAtomically } from "./backup-files";
import { holdsDatabase, lockDataDir } from "./embedded-data-dir";
import { checkPgTool, libpqEnv, runPgTool, serverMajor, withClient } from "./postgres-tools";

/**
 * pg_dump -Fc of the whole database into `out` or a dated file. The whole database, not `--schema=public`:
 * such a dump creates the public schema itself and so cannot be restored into a fresh `createdb` database
 * with a plain `pg_restore -d`, which every PostgreSQL administrator would try first.
 */
export async function backupPostgres(databaseUrl: string, out?: string): Promise<string> {
  const major = await withClient(databaseUrl, serverMajor);
  checkPgTool("pg_dump", major);
  const file = out ?? defaultBackupPath("postgres", libpqEnv(databaseUrl).PGDATABASE!);
  await writeAtomically(file, (partial) => runPgTool("pg_dump", ["--format=custom", "--no-password", `--file=${partial}`], databaseUrl));
  return file;
}

/** The embedded data directory as PGlite's tarball, under the directory's lock (refused while the app runs). */
export async function backupEmbedded(dataDir: string, out?: string): Promise<string> {
  if (!holdsDatabase(dataDir)) throw new Error(`There is no embedded database at ${dataDir} to back up.`);
  const release = lockDataDir(dataDir);
  try {
    const db = await PGlite.create(dataDir);
    try {
      const file = out ?? defaultBackupPath("embedded", "embedded");
      // dumpDataDir runs between queries, so the tarball is one consistent state of the directory.
      const tarball = await db.dumpDataDir("gzip");
      const bytes = new Uint8Array(await tarball.arrayBuffer());
      await writeAtomically(file, async (partial) => writeFileSync(partial, bytes, { mode: 0o600 }));
      return file;
    } finally {
      await db.close();
    }
  } finally {
    release();
  }
}
