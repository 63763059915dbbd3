import "server-only";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { requestLogger } from "@/lib/logger";

/**
 * What the outlet's monitoring (and a proxy's or orchestrator's health check) is told. On purpose it names
 * only which part failed, never a host, a migration or an error: the endpoint is public.
 */
export type Health = { status: "ok" } | { status: "unavailable"; reason: "database" | "migrations" };

export type CheckHealthOptions = {
  /** The database to ask; the app's by default. */
  client?: Pick<PrismaClient, "$queryRaw">;
  /** The migrations the code expects; prisma/migrations of the installed app by default. */
  migrationsDir?: string;
  /** A database that does not answer within this is as good as down to a monitor. */
  timeoutMs?: number;
};

/** Migration folders, as `prisma migrate deploy` names them in `_prisma_migrations.migration_name`. */
export async function listMigrationNames(migrationsDir: string): Promise<string[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The code's migrations that the database has not applied: those with no finished, not-rolled-back row. */
export function missingMigrations(expected: string[], applied: string[]): string[] {
  const done = new Set(applied);
  return expected.filter((name) => !done.has(name));
}

async function appliedMigrationNames(client: Pick<PrismaClient, "$queryRaw">): Promise<string[]> {
  // Asking first whether the table exists keeps "never migrated" apart from "database down" without
  // parsing driver errors.
  const [table] = await client.$queryRaw<{ present: boolean }[]>(Prisma.sql`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS "present"`);
  if (!table?.present) return [];
  const rows = await client.$queryRaw<{ name: string }[]>(Prisma.sql`
    SELECT DISTINCT "migration_name" AS "name" FROM "_prisma_migrations"
    WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`);
  return rows.map((row) => row.name);
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Healthy when the database answers and every migration the code ships is applied. Extra applied
 * migrations are fine: during a rolling upgrade the old instances still run on the newer schema.
 */
export async function checkHealth(options: CheckHealthOptions = {}): Promise<Health> {
  const { client = db, migrationsDir = path.join(process.cwd(), "prisma", "migrations"), timeoutMs = 5000 } = options;
  let applied: string[];
  try {
    applied = await withTimeout(appliedMigrationNames(client), timeoutMs);
  } catch (error) {
    (await requestLogger()).error({ err: error }, "health check: the database does not answer");
    return { status: "unavailable", reason: "database" };
  }
  let missing: string[];
  try {
    missing = missingMigrations(await listMigrationNames(migrationsDir), applied);
  } catch (error) {
    (await requestLogger()).error({ err: error, migrationsDir }, "health check: cannot read the migrations the code expects");
    return { status: "unavailable", reason: "migrations" };
  }
  if (missing.length > 0) {
    (await requestLogger()).warn({ missing }, "health check: migrations not applied (run `npm run db:migrate`)");
    return { status: "unavailable", reason: "migrations" };
  }
  return { status: "ok" };
}
