import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { compareByRank } from "@/lib/domain/positions";

/**
 * One akimat's page: its names, level and parent, its officials in post in order of rank, and those who
 * held a post there before, latest first. Null when there is no such akimat.
 */
export async function getAkimatProfile({ viewer, id }: { viewer: Viewer; id: string }) {
  assertCan(viewer, "registry.view");
  const akimat = await db.akimat.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      name: true,
      nameKk: true,
      nameEn: true,
      level: true,
      endedOn: true,
      parent: { select: { id: true, name: true, nameKk: true, nameEn: true } },
      positions: {
        orderBy: [{ endedOn: { sort: "desc", nulls: "first" } }, { startedOn: { sort: "desc", nulls: "last" } }, { id: "asc" }],
        select: {
          id: true,
          title: true,
          portfolio: true,
          startedOn: true,
          endedOn: true,
          official: { select: { id: true, fullName: true } },
        },
      },
    },
  });
  if (!akimat) return null;
  const { positions, ...rest } = akimat;
  return {
    ...rest,
    current: positions
      .filter((p) => !p.endedOn)
      .sort((a, b) => compareByRank({ title: a.title, name: a.official.fullName }, { title: b.title, name: b.official.fullName })),
    past: positions.filter((p) => p.endedOn),
  };
}
export type AkimatProfile = NonNullable<Awaited<ReturnType<typeof getAkimatProfile>>>;
