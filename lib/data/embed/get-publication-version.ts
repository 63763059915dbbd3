import "server-only";
import { db } from "@/lib/db";

/**
 * A value that changes whenever anything the public could see may have changed. Every change to a record writes
 * an audit entry in the same transaction (approvals, retractions, registry edits), so the newest audit entry's id
 * moves with every change: one index lookup, the same for every app instance sharing the database, so a cache keyed
 * by it is refreshed on all of them. It over-counts (a draft saved moves it too), which only costs a re-render.
 *
 * Ids are handed out when a transaction writes, not when it commits: a transaction holding id 100 may commit after
 * one holding 101, and a page rendered in between (under 101) would lack the first change for good. So the value
 * also lists the transactions in progress: when one of them ends, the value changes and the next look re-renders.
 */
export async function getPublicationVersion(): Promise<string> {
  const [row] = await db.$queryRaw<{ newest: bigint | null; running: string | null }[]>`
    SELECT (SELECT max("id") FROM "audit_entries") AS "newest",
           (SELECT string_agg(x::text, ',' ORDER BY x) FROM pg_snapshot_xip(pg_current_snapshot()) AS x) AS "running"`;
  return `${row?.newest ?? 0}:${row?.running ?? ""}`;
}

/**
 * When something the public could see last changed, for the exports' Last-Modified: the newest audit entry's time
 * (like the version above, it over-counts: a draft saved moves it too). Null on a database with no entries.
 */
export async function getPublicationChangedAt(): Promise<Date | null> {
  const newest = await db.auditEntry.findFirst({ orderBy: { at: "desc" }, select: { at: true } });
  return newest?.at ?? null;
}
