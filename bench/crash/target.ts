/**
 * Where the crash test's app keeps its data: a PostgreSQL database on this machine (dropped and made afresh),
 * or the embedded database (PGlite, in the app's own process group, so the crash takes it down too and its
 * recovery is part of what is tested).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { isLocalDatabase, poolConfigFromUrl } from "@/lib/database-url";
import type { AppCommand } from "./app-process";
import { readSetting, takeSnapshot, type Setting, type Snapshot, type SnapshotRequest } from "./snapshot";

export type Target = {
  name: string;
  /** Creates the database, migrates it and seeds the story with its demo sign-ins. */
  prepare: () => Promise<void>;
  app: (port: number) => AppCommand;
  /** Reads the database; for the embedded one only while the app is not running. */
  snapshot: (request: SnapshotRequest) => Promise<Snapshot>;
  setting: (reporterEmail: string) => Promise<Setting>;
  /** The embedded database can only be read with the app stopped. */
  readsWhileRunning: boolean;
};

type Common = { appDir: string; env: NodeJS.ProcessEnv };

function npm(appDir: string, script: string, env: NodeJS.ProcessEnv): void {
  const result = spawnSync("npm", ["run", "--silent", script], { cwd: appDir, env, stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) throw new Error(`npm run ${script} failed in ${appDir}`);
}

/** `npm start`'s command (server/index.ts in front of Next), without npm in between: the signal must reach the server. */
const productionServer = () => [process.execPath, "--import", "tsx", "server/index.ts"];
const onPort = (env: NodeJS.ProcessEnv, port: number): NodeJS.ProcessEnv => ({ ...env, PORT: String(port), HOST: "127.0.0.1" });

export function postgresTarget({ appDir, env, databaseUrl }: Common & { databaseUrl: string }): Target {
  if (!isLocalDatabase(databaseUrl))
    throw new Error(`Refusing ${new URL(databaseUrl).hostname}: the crash test drops and recreates its database, so only on this machine.`);
  const name = new URL(databaseUrl).pathname.slice(1);
  if (!/^ashyq_crash\w*$/.test(name)) throw new Error(`The crash test's database must be named ashyq_crash… (got "${name}"): it is dropped first.`);
  const withUrl = { ...env, DATABASE_URL: databaseUrl };
  return {
    name: `PostgreSQL (${name})`,
    readsWhileRunning: true,
    prepare: async () => {
      const admin = new pg.Client(poolConfigFromUrl(databaseUrl, { database: "postgres" }));
      await admin.connect();
      try {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.query(`CREATE DATABASE "${name}"`);
      } finally {
        await admin.end();
      }
      npm(appDir, "db:migrate", withUrl);
      npm(appDir, "db:seed", withUrl);
    },
    app: (port) => {
      const [command, ...args] = productionServer();
      return { command: command!, args, cwd: appDir, env: onPort(withUrl, port) };
    },
    snapshot: (request) => takeSnapshot(databaseUrl, request),
    setting: (reporterEmail) => readSetting(databaseUrl, reporterEmail),
  };
}

export function embeddedTarget({ appDir, env, dataDir }: Common & { dataDir: string }): Target {
  const withDir: NodeJS.ProcessEnv = { ...env, PGLITE_DATA_DIR: dataDir };
  delete withDir.DATABASE_URL;
  return {
    name: `embedded PGlite (${dataDir})`,
    readsWhileRunning: false,
    prepare: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(`${dataDir}.lock`, { force: true });
      npm(appDir, "db:migrate", withDir);
      npm(appDir, "db:seed", withDir);
    },
    // scripts/with-db.ts serves the data directory and runs the server under it, as `npm run demo` does.
    app: (port) => ({
      command: process.execPath,
      args: ["--import", "tsx", "scripts/with-db.ts", "--", ...productionServer()],
      cwd: appDir,
      env: onPort(withDir, port),
    }),
    snapshot: (request) => readEmbedded<Snapshot>(appDir, withDir, request),
    setting: (reporterEmail) => readEmbedded<Setting>(appDir, withDir, { reporterEmail }),
  };
}

/** Runs snapshot.ts under scripts/with-db.ts, which opens the data directory (recovering it after a crash). */
function readEmbedded<T>(appDir: string, env: NodeJS.ProcessEnv, request: unknown): Promise<T> {
  const scratch = mkdtempSync(path.join(tmpdir(), "ashyq-crash-read-"));
  try {
    writeFileSync(path.join(scratch, "request.json"), JSON.stringify(request));
    const tsx = path.join(appDir, "node_modules/.bin/tsx");
    const script = path.join(appDir, "bench/crash/snapshot.ts");
    const result = spawnSync(tsx, ["scripts/with-db.ts", "--", tsx, script, path.join(scratch, "request.json"), path.join(scratch, "answer.json")], {
      cwd: appDir,
      env,
      stdio: ["ignore", "inherit", "inherit"],
    });
    if (result.status !== 0) throw new Error("Reading the embedded database failed (see above)");
    return Promise.resolve(JSON.parse(readFileSync(path.join(scratch, "answer.json"), "utf8")) as T);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
