import { mkdirSync, mkdtempSync } from "node:fs";
import { createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkHealth, listMigrationNames, missingMigrations } from "@/lib/data/health/check-health";
import { db } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { withTestDatabase } from "@/lib/testing/test-database";
import { GET } from "./route";

withTestDatabase();

const migrationsDir = path.join(process.cwd(), "prisma", "migrations");

// Prisma's own history table, as `prisma migrate deploy` creates it (test databases are built from the
// migration scripts alone, so they start without one: the "never migrated" case).
async function createHistoryTable() {
  await db.$executeRawUnsafe(`
    CREATE TABLE "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
}

async function recordMigration(name: string, { finished = true, rolledBack = false } = {}) {
  await db.$executeRaw`
    INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "finished_at", "rolled_back_at", "applied_steps_count")
    VALUES (${crypto.randomUUID()}, 'test', ${name}, ${finished ? new Date() : null}, ${rolledBack ? new Date() : null}, 1)`;
}

async function bodyOf(response: Response) {
  return { status: response.status, body: await response.json(), cacheControl: response.headers.get("cache-control") };
}

/** A PrismaClient on a server that accepts connections and never answers, or on a port nobody listens on. */
async function clientOn(kind: "silent" | "closed") {
  const sockets: Socket[] = [];
  const server: Server = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  if (kind === "closed") await new Promise((resolve) => server.close(resolve));
  const client = new PrismaClient({ adapter: new PrismaPg({ host: "127.0.0.1", port, user: "nobody", database: "nothing" }) });
  const stop = async () => {
    for (const socket of sockets) socket.destroy(); // lets the client's pending connection fail, so it can disconnect
    await client.$disconnect().catch(() => {});
    if (server.listening) await new Promise((resolve) => server.close(resolve));
  };
  return { client, stop };
}

describe("missingMigrations", () => {
  it("lists the code's migrations without an applied row, in order, and ignores newer applied ones", () => {
    expect(missingMigrations(["a", "b", "c"], ["c", "a", "z"])).toEqual(["b"]);
    expect(missingMigrations([], ["a"])).toEqual([]);
  });
});

describe("checkHealth", () => {
  let expected: string[];
  beforeAll(async () => {
    expected = await listMigrationNames(migrationsDir);
  });

  it("reads the migration folders, not migration_lock.toml", () => {
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.every((name) => /^\d{14}_\w+$/.test(name))).toBe(true);
  });

  it("is unavailable (migrations) on a database that was never migrated", async () => {
    expect(await checkHealth()).toEqual({ status: "unavailable", reason: "migrations" });
    expect(await bodyOf(await GET())).toEqual({ status: 503, body: { status: "unavailable", reason: "migrations" }, cacheControl: "no-store" });
  });

  it("is ok when every migration has a finished row, and says only that", async () => {
    await createHistoryTable();
    for (const name of expected) await recordMigration(name);
    expect(await checkHealth()).toEqual({ status: "ok" });
    expect(await bodyOf(await GET())).toEqual({ status: 200, body: { status: "ok" }, cacheControl: "no-store" });
  });

  it("tolerates migrations the database has that this code does not (a rolling upgrade)", async () => {
    await recordMigration("29991231000000_from_a_newer_release");
    expect(await checkHealth()).toEqual({ status: "ok" });
  });

  it("is unavailable (migrations) when the code ships a migration the database lacks", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ashyq-migrations-"));
    for (const name of [...expected, "29990101000000_not_yet_applied"]) mkdirSync(path.join(dir, name));
    expect(await checkHealth({ migrationsDir: dir })).toEqual({ status: "unavailable", reason: "migrations" });
  });

  it("is unavailable (migrations) when a migration's row is missing, unfinished or rolled back", async () => {
    const last = expected.at(-1)!;
    await db.$executeRaw`DELETE FROM "_prisma_migrations" WHERE "migration_name" = ${last}`;
    expect(await checkHealth()).toEqual({ status: "unavailable", reason: "migrations" });
    expect(await bodyOf(await GET())).toEqual({ status: 503, body: { status: "unavailable", reason: "migrations" }, cacheControl: "no-store" });

    await recordMigration(last, { finished: false }); // started, failed half-way
    expect(await checkHealth()).toEqual({ status: "unavailable", reason: "migrations" });
    await recordMigration(last, { rolledBack: true }); // `prisma migrate resolve --rolled-back`
    expect(await checkHealth()).toEqual({ status: "unavailable", reason: "migrations" });
    await recordMigration(last); // applied again
    expect(await checkHealth()).toEqual({ status: "ok" });
  });

  it("is unavailable (migrations) when the code's migrations cannot be read", async () => {
    expect(await checkHealth({ migrationsDir: path.join(tmpdir(), "ashyq-no-such-dir") })).toEqual({ status: "unavailable", reason: "migrations" });
  });

  describe("when the database does not answer", () => {
    const opened: Awaited<ReturnType<typeof clientOn>>[] = [];
    afterAll(async () => {
      for (const { stop } of opened) await stop();
    });

    it("is unavailable (database) when nothing listens", async () => {
      const target = await clientOn("closed");
      opened.push(target);
      expect(await checkHealth({ client: target.client })).toEqual({ status: "unavailable", reason: "database" });
    });

    it("is unavailable (database) when the server hangs, within the time limit", async () => {
      const target = await clientOn("silent");
      opened.push(target);
      const started = Date.now();
      expect(await checkHealth({ client: target.client, timeoutMs: 300 })).toEqual({ status: "unavailable", reason: "database" });
      expect(Date.now() - started).toBeLessThan(5000);
    });
  });
});
