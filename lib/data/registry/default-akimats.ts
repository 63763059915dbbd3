import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The default view when no akimat is chosen: the first current region and its city akimats (the same choice
 * as chosenAkimatsSql in lib/data/dashboard/official-figures-sql.ts), not every region of a national network.
 * The comparison, the dashboard and a change report between two days start from it.
 */
export async function defaultAkimatsWhere(): Promise<Prisma.AkimatWhereInput> {
  const region = await db.akimat.findFirst({ where: { level: "REGION", endedOn: null }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true } });
  if (!region) return { level: { in: ["REGION", "CITY"] }, endedOn: null };
  return { endedOn: null, OR: [{ id: region.id }, { level: "CITY", parentId: region.id }] };
}
