/**
 * Backs up the database to one file.
 *
 *   npm run db:backup [-- --out <file>]
 *
 * With DATABASE_URL: `pg_dump -Fc` of the whole database, made by the machine's pg_dump (which must not be older
 * than the server). Without it: the embedded database (.data/pglite, or PGLITE_DATA_DIR) as PGlite's own
 * tarball, taken under the data directory's lock, so it refuses while the app runs on that directory.
 * The default file is .data/backups/ashyq-<database>-<UTC time>.dump|.tar.gz (BACKUP_DIR changes the folder);
 * the path is printed on the last line, for scripts. `npm run db:restore` reads both kinds.
 *
 * Run with `node --import tsx`, not the `tsx` wrapper: see docs/deploy.md ("Stopping cleanly").
 */
import { parseArgs } from "node:util";
import { backupEmbedded, backupPostgres } from "./backup-database";
import { embeddedDataDir } from "./embedded-data-dir";

async function main() {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  const databaseUrl = process.env.DATABASE_URL;
  const file = databaseUrl ? await backupPostgres(databaseUrl, values.out) : await backupEmbedded(embeddedDataDir(), values.out);
  console.log(`Backup written: ${file}`);
}

main().catch((error: unknown) => {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
