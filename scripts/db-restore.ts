/**
 * Restores a backup made by `npm run db:backup`.
 *
 *   npm run db:restore -- <file> [--force]
 *
 * A PostgreSQL dump goes into the database DATABASE_URL names (pg_restore, in one transaction); an embedded
 * backup goes into .data/pglite (or PGLITE_DATA_DIR), which must not be in use. A database that already holds
 * data is replaced only with --force, and then a copy of it is kept first; where, is printed.
 * After restoring an older backup, run `npm run db:migrate` to bring its schema up to the code.
 *
 * Run with `node --import tsx`, not the `tsx` wrapper: see docs/deploy.md ("Stopping cleanly").
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { backupKindOf } from "./backup-files";
import { embeddedDataDir } from "./embedded-data-dir";
import { restoreEmbedded, restorePostgres, RestoreRefusedError } from "./restore-database";

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options: { force: { type: "boolean", default: false } }, allowPositionals: true });
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    console.error("usage: npm run db:restore -- <backup file> [--force]");
    return 2;
  }
  if (!existsSync(file)) throw new Error(`${file} does not exist.`);
  const kind = backupKindOf(file);
  const databaseUrl = process.env.DATABASE_URL;
  if (!kind) throw new Error(`${file} is neither a pg_dump custom-format file nor an embedded-database tarball.`);
  if (kind === "postgres" && !databaseUrl) {
    throw new Error(`${file} is a PostgreSQL dump: set DATABASE_URL to the database to restore it into.`);
  }
  if (kind === "embedded" && databaseUrl) {
    throw new Error(`${file} is a backup of the embedded database, but DATABASE_URL is set. Unset it to restore into ${embeddedDataDir()}.`);
  }

  const target = databaseUrl ? `the database ${new URL(databaseUrl).pathname.slice(1)} on ${new URL(databaseUrl).host}` : embeddedDataDir();
  const result = databaseUrl
    ? await restorePostgres(databaseUrl, file, { force: values.force })
    : await restoreEmbedded(embeddedDataDir(), file, { force: values.force });
  if (result.safetyCopy) console.log(`What was there before is kept in ${result.safetyCopy}`);
  console.log(`Restored ${file} into ${target}. Run \`npm run db:migrate\` if the backup is older than the code.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const refused = error instanceof RestoreRefusedError;
    console.error(`${refused ? "Not restored" : "Restore failed"}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
