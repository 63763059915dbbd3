import "server-only";
import type { Tx } from "@/lib/db";
import { CARRIED_FIELD_COLUMNS, CARRIED_FIELDS, isCarriedField, readCarriedFieldSources, type CarriedFieldSources } from "@/lib/domain/carried-fields";
import { Prisma } from "@/lib/generated/prisma/client";
import { writeAuditEntry } from "../audit/write-audit-entry";

type CarriedColumn = (typeof CARRIED_FIELD_COLUMNS)[keyof typeof CARRIED_FIELD_COLUMNS][number];
type Known = { values: Record<string, unknown>; from: string; seenAt: string };

const CARRIED_COLUMNS = [...new Set(Object.values(CARRIED_FIELD_COLUMNS).flat())] as CarriedColumn[];
const SELECT = {
  id: true,
  observedAt: true,
  existence: true,
  uncheckedFields: true,
  carriedFields: true,
  ...Object.fromEntries(CARRIED_COLUMNS.map((column) => [column, true])),
} as const;

/** What a column holds when nothing is known: the schema's own defaults. */
function nothingKnown(column: string): unknown {
  if (column.endsWith("Approximate")) return false;
  if (column.endsWith("Precision")) return "DAY";
  if (column === "contentKinds" || column === "languages") return [];
  return null;
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Gives every approved observation of an account the values of the fields its reporter did not re-check: for each
 * such field, the value of the latest earlier approved observation that recorded it, and where and when that was
 * (decision 0014). An account found missing, deleted or suspended carries nothing past that observation.
 *
 * Run in the transaction of every approval and retraction, since either can change what an observation dated
 * after it should carry: an older observation approved late, or the source of a carried value retracted. The
 * values an observation recorded itself are never touched; each carried value that moves is audited.
 */
export async function resolveCarriedFields(tx: Tx, { accountId, actorId }: { accountId: string | null; actorId: string }): Promise<number> {
  if (!accountId) return 0;
  const rows = await tx.observation.findMany({
    where: { accountId, status: "APPROVED" },
    orderBy: [{ observedAt: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: SELECT,
  });
  let known: Partial<Record<(typeof CARRIED_FIELDS)[number], Known>> = {};
  let moved = 0;
  for (const row of rows) {
    const record = row as unknown as Record<string, unknown>;
    if (row.existence !== "FOUND") {
      known = {};
      continue;
    }
    const unchecked = new Set(row.uncheckedFields.filter(isCarriedField));
    const changes: Record<string, unknown> = {};
    const sources: CarriedFieldSources = {};
    for (const field of CARRIED_FIELDS) {
      const columns = CARRIED_FIELD_COLUMNS[field];
      if (!unchecked.has(field)) {
        known[field] = {
          values: Object.fromEntries(columns.map((column) => [column, record[column]])),
          from: row.id,
          seenAt: row.observedAt.toISOString(),
        };
        continue;
      }
      const source = known[field];
      if (source) sources[field] = { from: source.from, seenAt: source.seenAt };
      for (const column of columns) {
        const value = source ? source.values[column] : nothingKnown(column);
        if (!same(record[column], value)) changes[column] = value;
      }
    }
    const storedSources = readCarriedFieldSources(row.carriedFields);
    if (Object.keys(changes).length === 0 && same(sortKeys(storedSources), sortKeys(sources))) continue;
    const carriedFields = Object.keys(sources).length > 0 ? (sources as Prisma.InputJsonObject) : Prisma.DbNull;
    await tx.observation.update({ where: { id: row.id }, data: { ...changes, carriedFields } });
    await writeAuditEntry(tx, {
      actorId,
      action: "observation.carry",
      entity: "observation",
      entityId: row.id,
      before: { ...Object.fromEntries(Object.keys(changes).map((column) => [column, record[column]])), carriedFields: storedSources },
      after: { ...changes, carriedFields: sources },
    });
    moved += 1;
  }
  return moved;
}

function sortKeys(sources: CarriedFieldSources): CarriedFieldSources {
  return Object.fromEntries(Object.entries(sources).sort(([a], [b]) => a.localeCompare(b)));
}
