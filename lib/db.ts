import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { poolConfigFromUrl } from "@/lib/database-url";
import { env, requireDatabaseUrl } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

// One client per database URL, kept across hot reloads in development
// (and, in tests, one per test file's fresh database).
const clients = ((globalThis as { __ashyqDbClients?: Map<string, PrismaClient> }).__ashyqDbClients ??= new Map());

function client(): PrismaClient {
  const url = requireDatabaseUrl();
  let existing = clients.get(url);
  if (!existing) {
    existing = new PrismaClient({
      adapter: new PrismaPg(poolConfigFromUrl(url, { max: env.DATABASE_POOL_MAX })),
      // Under a burst of submissions a save may wait for a connection longer than Prisma's 2 s default; waiting
      // a little longer beats telling a reporter "nothing was saved" (bench/crash found it).
      transactionOptions: { maxWait: 10_000 },
    });
    clients.set(url, existing);
  }
  return existing;
}

/** The one Prisma client. Created on first use, so that importing this module needs no database. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, key) {
    const value = Reflect.get(client(), key);
    return typeof value === "function" ? value.bind(client()) : value;
  },
});

export async function disconnectDb(): Promise<void> {
  await Promise.all([...clients.values()].map((c) => c.$disconnect()));
  clients.clear();
}
