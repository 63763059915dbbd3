/**
 * Backup files: where they go, what kind each is, and how one is written so that a half-written file never
 * looks like a backup.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync } from "node:fs";
import path from "node:path";

/**
 * "postgres": pg_dump's custom format (`pg_dump -Fc`), restorable with pg_restore into any PostgreSQL of the
 * same or a newer major version.
 * "embedded": PGlite's data directory as a gzipped tarball (PGlite.dumpDataDir), restorable by PGlite on the
 * same PostgreSQL major version (the @electric-sql/pglite package pins it).
 */
export type BackupKind = "postgres" | "embedded";

/** Recognises a backup by its first bytes, not its name, which a person may have changed. */
export function backupKindOf(file: string): BackupKind | undefined {
  const head = Buffer.alloc(512);
  const fd = openSync(file, "r");
  const length = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  if (head.subarray(0, 5).toString("latin1") === "PGDMP") return "postgres";
  if (head[0] === 0x1f && head[1] === 0x8b) return "embedded"; // gzip: dumpDataDir("gzip")
  if (length >= 262 && head.subarray(257, 262).toString("latin1") === "ustar") return "embedded"; // a plain tarball
  return undefined;
}

/** 2024-08-28T07:05:09.123Z → 20240828-070509Z: sorts by time, safe in every file system. */
export function timestampForFileName(date: Date = new Date()): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace("T", "-")
    .replace(/\.\d+Z$/, "Z");
}

export function defaultBackupPath(kind: BackupKind, label: string, date = new Date()): string {
  const dir = path.resolve(process.env.BACKUP_DIR ?? ".data/backups");
  const extension = kind === "postgres" ? "dump" : "tar.gz";
  return path.join(dir, `ashyq-${label}-${timestampForFileName(date)}.${extension}`);
}

/**
 * Lets `write` fill `<file>.partial`, then renames it into place: a backup that crashed, or was interrupted,
 * leaves a .partial file and never a truncated one under the real name. The file is readable by its owner
 * only, since it holds password hashes and reporters' notes.
 */
export async function writeAtomically(file: string, write: (partialPath: string) => Promise<void>): Promise<void> {
  if (existsSync(file)) throw new Error(`${file} already exists; choose another --out.`);
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const partial = `${file}.partial`;
  try {
    await write(partial);
    chmodSync(partial, 0o600);
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}
