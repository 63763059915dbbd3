/**
 * Backup and restore, round trip: a database seeded with the story is backed up with `db:backup`, restored
 * with `db:restore` into a fresh one, and every table must come back with the same rows (count and checksum)
 * and every sequence at the same value. Always on the embedded database; on PostgreSQL too when
 * TEST_DATABASE_URL names a (local) server, which also needs the machine's pg_dump and pg_restore.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isLocalDatabase, poolConfigFromUrl } from "@/lib/database-url";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createObservation, createUser } from "@/lib/testing/factories";
import { migrationScript } from "@/lib/testing/migrations";
import { TEMPLATE_DATABASE } from "@/lib/testing/vitest-global-setup";
import { seedStory } from "@/prisma/seed-story";
import { lockFileOf } from "./embedded-data-dir";

const work = mkdtempSync(path.join(tmpdir(), "ashyq-backup-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Query = (sql: string) => Promise<{ rows: Record<string, unknown>[] }>;
type Fingerprint = { tables: Record<string, { rows: number; checksum: string }>; sequences: Record<string, string | null> };

/** Each table's row count and an md5 of all its rows in a stable order; each sequence's last value. */
async function fingerprint(query: Query): Promise<Fingerprint> {
  const tables: Fingerprint["tables"] = {};
  const { rows: names } = await query("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
  for (const { tablename } of names as { tablename: string }[]) {
    const { rows } = await query(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS checksum FROM "${tablename}" t`,
    );
    tables[tablename] = rows[0] as { rows: number; checksum: string };
  }
  const { rows: sequenceRows } = await query("SELECT sequencename, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public'");
  const sequences = Object.fromEntries((sequenceRows as { sequencename: string; value: string | null }[]).map((s) => [s.sequencename, s.value]));
  return { tables, sequences };
}

/** The story, its sign-ins, and an observation whose text is the kind that breaks careless encodings. */
async function seed(databaseUrl: string) {
  const client = new PrismaClient({ adapter: new PrismaPg(poolConfigFromUrl(databaseUrl, { max: 2 })) });
  try {
    const reporter = await createUser(client, { role: "REPORTER", name: "Ерең Еңбек" });
    const editor = await createUser(client, { role: "EDITOR" });
    const story = await seedStory(client, { authorId: reporter.id, reviewerId: editor.id });
    await createObservation(client, {
      officialId: story.officials[0]!.officialId,
      authorId: reporter.id,
      internalNote: "Қазақ тілі, emoji 🇰🇿, кавычки «», 'quotes'; DROP TABLE users; --\u202E\u200B end",
    });
  } finally {
    await client.$disconnect();
  }
}

function runScript(script: "db-backup" | "db-restore", args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, ...args], { env: { ...env, BACKUP_DIR: path.join(work, "safety") } });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

function embeddedEnv(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  return env;
}

async function fingerprintEmbedded(dataDir: string): Promise<Fingerprint> {
  const db = await PGlite.create(dataDir);
  try {
    return await fingerprint((sql) => db.query(sql));
  } finally {
    await db.close();
  }
}

describe("backup and restore of the embedded database", () => {
  const source = path.join(work, "source", "pglite");
  const target = path.join(work, "target", "pglite");
  const backup = path.join(work, "embedded.tar.gz");
  let before: Fingerprint;

  beforeAll(async () => {
    mkdirSync(path.dirname(source), { recursive: true });
    const db = await PGlite.create(source);
    await db.exec(migrationScript());
    const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0 });
    await server.start();
    await seed(`postgresql://postgres:postgres@${server.getServerConn()}/postgres`);
    await server.stop();
    before = await fingerprint((sql) => db.query(sql));
    await db.close();
  }, 240_000);

  it("round-trips every row and sequence", { timeout: 240_000 }, async () => {
    expect(before.tables.observations!.rows).toBeGreaterThan(10);
    expect(before.tables.users!.rows).toBe(2);

    const made = await runScript("db-backup", ["--out", backup], embeddedEnv(source));
    expect(made).toMatchObject({ code: 0 });
    expect(made.output).toContain(`Backup written: ${backup}`);
    expect(statSync(backup).mode & 0o777).toBe(0o600);
    expect(existsSync(lockFileOf(source))).toBe(false);

    const restored = await runScript("db-restore", [backup], embeddedEnv(target));
    expect(restored, restored.output).toMatchObject({ code: 0 });
    expect(await fingerprintEmbedded(target)).toEqual(before);
  });

  it("refuses to back up a directory the app holds, and to restore over a database without --force", { timeout: 120_000 }, async () => {
    writeFileSync(lockFileOf(source), String(process.pid));
    try {
      const locked = await runScript("db-backup", ["--out", path.join(work, "never.tar.gz")], embeddedEnv(source));
      expect(locked.code).toBe(1);
      expect(locked.output).toContain(`in use by process ${process.pid}`);
      expect(existsSync(path.join(work, "never.tar.gz"))).toBe(false);
    } finally {
      rmSync(lockFileOf(source));
    }
    const again = await runScript("db-restore", [backup], embeddedEnv(target));
    expect(again.code).toBe(1);
    expect(again.output).toContain("Not restored");
    expect(again.output).toContain("--force");
  });

  it("with --force replaces the database and keeps the old one aside", { timeout: 240_000 }, async () => {
    const forced = await runScript("db-restore", [backup, "--force"], embeddedEnv(target));
    expect(forced, forced.output).toMatchObject({ code: 0 });
    const kept = /kept in (\S+)/.exec(forced.output)?.[1];
    expect(kept && existsSync(path.join(kept, "PG_VERSION"))).toBe(true);
    expect(await fingerprintEmbedded(target)).toEqual(before);
  });
});

describe("db-restore", () => {
  it("will not restore a backup into the wrong kind of database", { timeout: 60_000 }, async () => {
    // Recognised by their first bytes, so a header is enough: neither command gets as far as reading more.
    const embedded = path.join(work, "looks-embedded.tar.gz");
    const dump = path.join(work, "looks-postgres.dump");
    writeFileSync(embedded, Buffer.from([0x1f, 0x8b, 0x08, 0x00]));
    writeFileSync(dump, "PGDMP");
    const [intoPostgres, intoEmbedded] = await Promise.all([
      runScript("db-restore", [embedded], { ...process.env, DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none" }),
      runScript("db-restore", [dump], embeddedEnv(path.join(work, "never", "pglite"))),
    ]);
    expect(intoPostgres.code).toBe(1);
    expect(intoPostgres.output).toContain("backup of the embedded database, but DATABASE_URL is set");
    expect(intoEmbedded.code).toBe(1);
    expect(intoEmbedded.output).toContain("is a PostgreSQL dump: set DATABASE_URL");
    expect(existsSync(path.join(work, "never"))).toBe(false);
  });
});

const serverUrl = process.env.TEST_DATABASE_URL;

describe.runIf(serverUrl)("backup and restore on PostgreSQL (TEST_DATABASE_URL)", () => {
  const suffix = `${process.pid}_${Date.now().toString(36)}`;
  const names = { source: `ashyq_backup_src_${suffix}`, target: `ashyq_backup_dst_${suffix}` };
  const urlOf = (database: string) => Object.assign(new URL(serverUrl!), { pathname: `/${database}` }).toString();
  const admin = async <T>(work: (client: pg.Client) => Promise<T>) => {
    const client = new pg.Client(poolConfigFromUrl(serverUrl!));
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  const fingerprintOf = async (database: string) => {
    const client = new pg.Client(poolConfigFromUrl(urlOf(database)));
    await client.connect();
    try {
      return await fingerprint((sql) => client.query(sql));
    } finally {
      await client.end();
    }
  };
  const backup = path.join(work, "postgres.dump");
  let before: Fingerprint;

  beforeAll(async () => {
    if (!isLocalDatabase(serverUrl!)) throw new Error("Refusing to run tests against a non-local database.");
    await admin(async (client) => {
      await client.query(`CREATE DATABASE ${names.source} TEMPLATE ${TEMPLATE_DATABASE}`);
      await client.query(`CREATE DATABASE ${names.target}`);
    });
    await seed(urlOf(names.source));
    before = await fingerprintOf(names.source);
  }, 120_000);

  afterAll(async () => {
    await admin(async (client) => {
      for (const name of Object.values(names)) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    });
  });

  it("round-trips every row and sequence with pg_dump -Fc and pg_restore", { timeout: 120_000 }, async () => {
    const made = await runScript("db-backup", ["--out", backup], { ...process.env, DATABASE_URL: urlOf(names.source) });
    expect(made, made.output).toMatchObject({ code: 0 });
    expect(statSync(backup).mode & 0o777).toBe(0o600);

    const restored = await runScript("db-restore", [backup], { ...process.env, DATABASE_URL: urlOf(names.target) });
    expect(restored, restored.output).toMatchObject({ code: 0 });
    expect(await fingerprintOf(names.target)).toEqual(before);
  });

  it("refuses a database that holds data without --force; with it, keeps a dump of what it replaces", { timeout: 120_000 }, async () => {
    const env = { ...process.env, DATABASE_URL: urlOf(names.target) };
    const refused = await runScript("db-restore", [backup], env);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain("Not restored");

    const forced = await runScript("db-restore", [backup, "--force"], env);
    expect(forced, forced.output).toMatchObject({ code: 0 });
    const kept = /kept in (\S+)/.exec(forced.output)?.[1];
    expect(kept && existsSync(kept)).toBe(true);
    expect(await fingerprintOf(names.target)).toEqual(before);
  });
});
