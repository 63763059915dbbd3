import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { backupKindOf, timestampForFileName } from "./backup-files";
import { checkPgTool, libpqEnv, majorOfToolVersion } from "./postgres-tools";

const work = mkdtempSync(path.join(tmpdir(), "ashyq-backup-tools-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A stand-in pg_dump that only answers --version, as an older or newer installation would. */
function fakeTool(name: string, versionLine: string): string {
  const dir = mkdtempSync(path.join(work, "bin-"));
  writeFileSync(path.join(dir, name), `#!/bin/sh\necho '${versionLine}'\n`);
  chmodSync(path.join(dir, name), 0o755);
  return dir;
}

describe("the PostgreSQL client tools", () => {
  afterEach(() => {
    delete process.env.PG_BIN_DIR;
  });

  it("reads the major version from --version", () => {
    expect(majorOfToolVersion("pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)")).toBe(15);
    expect(majorOfToolVersion("pg_restore (PostgreSQL) 17.2")).toBe(17);
    expect(majorOfToolVersion("something else")).toBeUndefined();
  });

  it("refuses a pg_dump older than the server, and says what to install", () => {
    process.env.PG_BIN_DIR = fakeTool("pg_dump", "pg_dump (PostgreSQL) 15.20");
    expect(() => checkPgTool("pg_dump", 17)).toThrow(/version 15, older than the PostgreSQL 17 server.*postgresql-client-17.*PG_BIN_DIR/);
    expect(() => checkPgTool("pg_dump", 15)).not.toThrow();
    expect(() => checkPgTool("pg_dump", 14)).not.toThrow();
  });

  it("says clearly when a tool is missing", () => {
    process.env.PG_BIN_DIR = path.join(work, "no-such-bin");
    expect(() => checkPgTool("pg_restore", 16)).toThrow(/pg_restore was not found.*postgresql-client-16/);
  });

  it("hands the connection to libpq through its environment, not the command line", () => {
    const env = libpqEnv("postgresql://ashyq:p%40ss@db.internal:6432/ashyq?schema=public&sslmode=require");
    expect(env).toMatchObject({ PGHOST: "db.internal", PGPORT: "6432", PGUSER: "ashyq", PGPASSWORD: "p@ss", PGDATABASE: "ashyq", PGSSLMODE: "require" });
    expect(libpqEnv("postgresql://ashyq@localhost/ashyq?host=/var/run/postgresql").PGHOST).toBe("/var/run/postgresql");
  });
});

describe("backup files", () => {
  it("are recognised by their first bytes", () => {
    const write = (name: string, bytes: Buffer) => {
      writeFileSync(path.join(work, name), bytes);
      return path.join(work, name);
    };
    expect(backupKindOf(write("a.dump", Buffer.from("PGDMP\x01\x0e\x00")))).toBe("postgres");
    expect(backupKindOf(write("a.tgz", Buffer.from([0x1f, 0x8b, 0x08, 0x00])))).toBe("embedded");
    expect(backupKindOf(write("a.txt", Buffer.from("-- a plain SQL dump")))).toBeUndefined();
  });

  it("are named by UTC time, sortable and safe in any file system", () => {
    expect(timestampForFileName(new Date("2024-08-28T07:05:09.123Z"))).toBe("20240828-070509Z");
  });
});
