import "server-only";
import { db } from "@/lib/db";

/**
 * A number that grows whenever anything the public could see may have changed. Every change to a record writes
 * an audit entry in the same transaction (approvals, retractions, registry edits), so the newest audit entry's id
 * is such a number: one index lookup, and it is the same for every app instance sharing the database, so a cache
 * keyed by it is refreshed on all of them. It over-counts (a draft saved moves it too), which only costs a re-render.
 */
export async function getPublicationVersion(): Promise<string> {
  const [row] = await db.$queryRaw<{ version: bigint | null }[]>`SELECT max("id") AS "version" FROM "audit_entries"`;
  return String(row?.version ?? 0);
}
