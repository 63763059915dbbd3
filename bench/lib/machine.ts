/** The machine and the code a measurement was taken on, so that figures can be read later. */
import { execFileSync } from "node:child_process";
import os from "node:os";
import type pg from "pg";

function git(dir: string, args: string[]): string {
  try {
    return execFileSync("git", args, { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "unknown";
  }
}

/** `codeDir` is the code that was measured (the built copy): its commit and its uncommitted changes are recorded. */
export async function describeMachine(client: pg.Client, codeDir = process.cwd()) {
  const { rows } = await client.query<{ version: string }>("SELECT version()");
  const changed = git(codeDir, ["status", "--porcelain"]);
  return {
    at: new Date().toISOString(),
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    loadAverage: os.loadavg().map((x) => Number(x.toFixed(2))),
    node: process.version,
    postgres: rows[0]!.version.split(" on ")[0],
    commit: git(codeDir, ["rev-parse", "--short", "HEAD"]),
    uncommittedFiles: changed === "unknown" ? null : changed.split("\n").filter(Boolean).length,
  };
}
