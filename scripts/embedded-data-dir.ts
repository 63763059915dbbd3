/**
 * The embedded PGlite database's data directory and its lock, shared by with-db, db-backup and db-restore.
 *
 * Only one process may open a data directory: PGlite has no postmaster to arbitrate, and two writers corrupt
 * it. The lock is a file beside the directory (`<dir>.lock`) naming the process that holds it, so that a lock
 * left by a process that died is recognised and taken over.
 */
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import path from "node:path";

/** `.data/pglite`, or PGLITE_DATA_DIR, as an absolute path. */
export function embeddedDataDir(): string {
  return path.resolve(process.env.PGLITE_DATA_DIR ?? ".data/pglite");
}

export function lockFileOf(dataDir: string): string {
  return `${dataDir}.lock`;
}

/** True when the directory holds a PostgreSQL cluster (PGlite writes PG_VERSION when it initialises one). */
export function holdsDatabase(dataDir: string): boolean {
  return existsSync(path.join(dataDir, "PG_VERSION"));
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: number,
  ) {
    super(
      `The embedded database ${dataDir} is in use by process ${holder} (is \`npm run dev\`, \`npm run demo\` or the app's service running?).\n` +
        "Stop that process first, or point DATABASE_URL at a PostgreSQL server.",
    );
    this.name = "DataDirLockedError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes the data directory's lock, or throws DataDirLockedError naming who holds it. Returns a release
 * function that is safe to call more than once.
 */
export function lockDataDir(dataDir: string): () => void {
  const lockFile = lockFileOf(dataDir);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(readFileSync(lockFile, "utf8"));
      if (holder && isAlive(holder)) throw new DataDirLockedError(dataDir, holder);
      rmSync(lockFile, { force: true }); // left by a process that died
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}
