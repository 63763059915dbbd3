/**
 * Runs a command with a database.
 *
 *   tsx scripts/with-db.ts [--shadow] -- <command> [args…]
 *
 * With DATABASE_URL set (production, CI on PostgreSQL) the command runs as it is. Without it, the embedded
 * PGlite data directory (.data/pglite, or PGLITE_DATA_DIR) is served on a loopback port and its URL handed
 * to the command as DATABASE_URL. Only one process may own a data directory, so it is locked; the lock names
 * the process that holds it. `--shadow` also serves an in-memory PGlite as SHADOW_DATABASE_URL, which
 * `prisma migrate dev` needs (PGlite serves one database whatever name is asked).
 */
import { spawn } from "node:child_process";
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

const separator = process.argv.indexOf("--");
const flags = process.argv.slice(2, separator === -1 ? undefined : separator);
const command = separator === -1 ? [] : process.argv.slice(separator + 1);
if (command.length === 0) {
  console.error("usage: tsx scripts/with-db.ts [--shadow] -- <command> [args…]");
  process.exit(2);
}

function run(env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command[0]!, command.slice(1), { stdio: "inherit", env, shell: process.platform === "win32" });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal === "SIGINT" || signal === "SIGTERM" ? 0 : 1));
    });
    child.on("error", (error) => {
      console.error(`Could not start ${command[0]}: ${error.message}`);
      resolve(127);
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the data directory's lock, or explains who holds it. Returns a release function. */
function lockDataDir(dataDir: string): () => void {
  const lockFile = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(readFileSync(lockFile, "utf8"));
      if (holder && isAlive(holder)) {
        console.error(
          `The embedded database ${dataDir} is in use by process ${holder} (is \`npm run dev\` or \`npm run demo\` running?).\n` +
            "Stop that process first, or point DATABASE_URL at a PostgreSQL server.",
        );
        process.exit(1);
      }
      rmSync(lockFile, { force: true }); // left by a process that died
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}

async function serve(db: PGlite) {
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 64 });
  await server.start();
  return { server, url: `postgresql://postgres:postgres@${server.getServerConn()}/postgres` };
}

async function main() {
  if (process.env.DATABASE_URL) {
    process.exit(await run(process.env));
  }
  const dataDir = path.resolve(process.env.PGLITE_DATA_DIR ?? ".data/pglite");
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const release = lockDataDir(dataDir);
  process.on("exit", release);

  const db = await PGlite.create(dataDir);
  const main = await serve(db);
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: main.url, ASHYQ_EMBEDDED_DB: "1" };

  let shadow: { db: PGlite; server: PGLiteSocketServer } | undefined;
  if (flags.includes("--shadow")) {
    const shadowDb = await PGlite.create();
    const served = await serve(shadowDb);
    shadow = { db: shadowDb, server: served.server };
    env.SHADOW_DATABASE_URL = served.url;
  }

  const code = await run(env);
  await main.server.stop();
  await db.close();
  if (shadow) {
    await shadow.server.stop();
    await shadow.db.close();
  }
  release();
  process.exit(code);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
