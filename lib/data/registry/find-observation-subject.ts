import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { compareByRank } from "@/lib/domain/positions";
import type { Platform } from "@/lib/generated/prisma/enums";
import { isRecordId } from "@/lib/validation/record-id";

/**
 * What a new observation is of, before the form opens: the official, their posts in force (for the heading), and
 * their accounts on the platform. Null when there is no such official.
 */
export async function findObservationSubject({ viewer, officialId, platform }: { viewer: Viewer; officialId: string; platform: Platform }) {
  assertCan(viewer, "observation.create");
  if (!isRecordId(officialId)) return null;
  const official = await db.official.findUnique({
    where: { id: officialId },
    select: {
      id: true,
      fullName: true,
      positions: { where: { endedOn: null }, select: { title: true, akimat: { select: { name: true, nameKk: true, nameEn: true } } } },
      accounts: {
        where: { platform },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, platform: true, handle: true, label: true, url: true },
      },
    },
  });
  if (!official) return null;
  const positions = official.positions.map((position) => ({ title: position.title, name: position.akimat.name, akimat: position.akimat })).sort(compareByRank);
  return { id: official.id, fullName: official.fullName, platform, positions, accounts: official.accounts };
}
export type ObservationSubject = NonNullable<Awaited<ReturnType<typeof findObservationSubject>>>;

/** The official and platform of an account, for an address that names only the account. */
export async function findAccountOwner(accountId: string) {
  if (!isRecordId(accountId)) return null;
  return db.account.findUnique({ where: { id: accountId }, select: { officialId: true, platform: true } });
}
