/**
 * Graceful shutdown on the embedded database: with-db, stopped while its command is still working, lets the
 * command finish, then closes PGlite cleanly and removes the lock, so the directory opens again at once.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, it } from "vitest";
import { lockFileOf } from "./embedded-data-dir";

const work = mkdtempSync(path.join(tmpdir(), "ashyq-with-db-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Stands for `next start`: connected, and on SIGTERM still finishing a query before it exits (only once,
// however many signals come, as Next does).
const inFlightCommand = `
const { Client } = require("pg");
let stopping = false;
(async () => {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query("CREATE TABLE IF NOT EXISTS shutdown_probe (note text)");
  process.on("SIGTERM", async () => {
    if (stopping) return;
    stopping = true;
    await client.query("SELECT pg_sleep(0.5)");
    await client.query("INSERT INTO shutdown_probe VALUES ('finished after SIGTERM')");
    await client.end();
    process.exit(0);
  });
  console.log("ready");
})();
setInterval(() => {}, 1000);`;

function startWithDb(dataDir: string, command: string[]): { child: ChildProcess; output: () => string } {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  // `node --import tsx`, as the app's scripts run it: the `tsx` wrapper would SIGKILL a busy child.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/with-db.ts", "--", ...command], { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  return { child, output: () => output };
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));

async function until(condition: () => boolean, what: string, ms = 150_000) {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** pg_control's DBState: 1 is "shut down" (a clean close wrote its checkpoint), 6 "in production". */
const clusterState = (dataDir: string) => readFileSync(path.join(dataDir, "global", "pg_control")).readUInt32LE(16);

describe("with-db on the embedded database", () => {
  it("on SIGTERM lets the command finish its work, then closes the database cleanly and unlocks it", { timeout: 240_000 }, async () => {
    const dataDir = path.join(work, "pglite");
    const { child, output } = startWithDb(dataDir, [process.execPath, "-e", inFlightCommand]);
    const exit = exited(child);
    await until(() => output().includes("ready") || child.exitCode !== null, "the command to connect");
    expect(output()).toContain("ready");
    expect(readFileSync(lockFileOf(dataDir), "utf8")).toBe(String(child.pid));
    expect(clusterState(dataDir)).toBe(6);

    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGTERM"), 100); // a second, impatient stop while the query still runs
    expect(await exit).toBe(0);

    expect(existsSync(lockFileOf(dataDir))).toBe(false);
    expect(clusterState(dataDir)).toBe(1);
    const reopened = await PGlite.create(dataDir);
    try {
      const { rows } = await reopened.query<{ note: string }>("SELECT note FROM shutdown_probe");
      expect(rows).toEqual([{ note: "finished after SIGTERM" }]);
    } finally {
      await reopened.close();
    }
  });

  it("refuses a data directory that a running process holds, and names it", { timeout: 60_000 }, async () => {
    const dataDir = path.join(work, "held");
    writeFileSync(lockFileOf(dataDir), String(process.pid));
    const { child, output } = startWithDb(dataDir, ["true"]);
    expect(await exited(child)).toBe(1);
    expect(output()).toContain(`in use by process ${process.pid}`);
    expect(existsSync(dataDir)).toBe(false);
  });
});
