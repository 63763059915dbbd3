import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { PLATFORM_ORDER } from "@/lib/domain/platforms";
import { compareByRank } from "@/lib/domain/positions";
import { isRecordId } from "@/lib/validation/record-id";

/**
 * One official's page: current posts in order of rank, past posts latest first (never deleted), and accounts
 * in the platforms' usual order. Null when there is no such official.
 */
export async function getOfficial({ viewer, id }: { viewer: Viewer; id: string }) {
  assertCan(viewer, "registry.view");
  if (!isRecordId(id)) return null;
  const official = await db.official.findUnique({
    where: { id },
    select: {
      id: true,
      fullName: true,
      fullNameLatin: true,
      version: true,
      positions: {
        orderBy: [{ endedOn: { sort: "desc", nulls: "first" } }, { startedOn: { sort: "desc", nulls: "last" } }],
        select: {
          id: true,
          title: true,
          portfolio: true,
          startedOn: true,
          endedOn: true,
          version: true,
          akimat: { select: { id: true, name: true, nameKk: true, nameEn: true, endedOn: true } },
        },
      },
      accounts: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, platform: true, kind: true, handle: true, url: true, label: true, version: true },
      },
    },
  });
  if (!official) return null;
  const { positions, accounts, ...rest } = official;
  return {
    ...rest,
    currentPositions: positions
      .filter((p) => !p.endedOn)
      .sort((a, b) => compareByRank({ title: a.title, name: a.akimat.name }, { title: b.title, name: b.akimat.name })),
    pastPositions: positions.filter((p) => p.endedOn),
    accounts: [...accounts].sort((a, b) => PLATFORM_ORDER.indexOf(a.platform) - PLATFORM_ORDER.indexOf(b.platform)),
  };
}
export type OfficialPage = NonNullable<Awaited<ReturnType<typeof getOfficial>>>;
