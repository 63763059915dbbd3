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
 *
 * Shutdown: SIGINT and SIGTERM go to the command (`next start` then finishes its in-flight requests), and only
 * after it has exited is the database closed (a clean shutdown checkpoint) and the lock removed. Signals that
 * arrive while the database closes are ignored, so that a second Ctrl-C cannot leave it half-closed.
 * scripts/with-db.test.ts proves it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { DataDirLockedError, embeddedDataDir, lockDataDir } from "./embedded-data-dir";

const separator = process.argv.indexOf("--");
const flags = process.argv.slice(2, separator === -1 ? undefined : separator);
const command = separator === -1 ? [] : process.argv.slice(separator + 1);
if (command.length === 0) {
  console.error("usage: tsx scripts/with-db.ts [--shadow] -- <command> [args…]");
  process.exit(2);
}

/** The running command, and whether a stop was asked for before it started. */
const state: { child?: ChildProcess; stopRequested?: NodeJS.Signals } = {};

function onSignal(signal: NodeJS.Signals) {
  if (state.child && state.child.exitCode === null && state.child.signalCode === null) state.child.kill(signal);
  else state.stopRequested ??= signal; // not started yet, or already gone: just do not start / finish closing
}
process.on("SIGINT", onSignal);
process.on("SIGTERM", onSignal);

function run(env: NodeJS.ProcessEnv): Promise<number> {
  if (state.stopRequested) return Promise.resolve(0);
  return new Promise((resolve) => {
    const child = spawn(command[0]!, command.slice(1), { stdio: "inherit", env, shell: process.platform === "win32" });
    state.child = child;
    child.on("exit", (code, signal) => resolve(code ?? (signal === "SIGINT" || signal === "SIGTERM" ? 0 : 1)));
    child.on("error", (error) => {
      console.error(`Could not start ${command[0]}: ${error.message}`);
      resolve(127);
    });
  });
}

async function serve(db: PGlite) {
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 64 });
  await server.start();
  return { server, url: `postgresql://postgres:postgres@${server.getServerConn()}/postgres` };
}

async function withEmbeddedDatabase(): Promise<number> {
  const dataDir = embeddedDataDir();
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const release = lockDataDir(dataDir);
  process.on("exit", release); // also on an early process.exit() below
  const opened: { db: PGlite; server?: PGLiteSocketServer }[] = [];
  try {
    const db = await PGlite.create(dataDir);
    opened.push({ db });
    const main = await serve(db);
    opened[0]!.server = main.server;
    // One connection: pglite-socket interleaves the messages of concurrent connections on PGlite's single session,
    // which can bind one query to another's parameters (electric-sql/pglite#1046; seen in bench/crash). PGlite runs
    // one query at a time anyway, so a bigger pool only queues in the wrong place.
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: main.url, ASHYQ_EMBEDDED_DB: "1", DATABASE_POOL_MAX: "1" };
    if (flags.includes("--shadow")) {
      const shadowDb = await PGlite.create();
      const shadow = await serve(shadowDb);
      opened.push({ db: shadowDb, server: shadow.server });
      env.SHADOW_DATABASE_URL = shadow.url;
    }
    return await run(env);
  } finally {
    // The command has exited (or never started): nobody is left to answer, so stop serving and close.
    for (const { db, server } of opened.reverse()) {
      await server?.stop();
      await db.close();
    }
    release();
  }
}

async function main() {
  const code = process.env.DATABASE_URL ? await run(process.env) : await withEmbeddedDatabase();
  process.exit(code);
}

main().catch((error) => {
  console.error(error instanceof DataDirLockedError ? error.message : error);
  process.exit(1);
});
