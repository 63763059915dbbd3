import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { compareAkimats } from "@/lib/domain/akimat-levels";

/** Every akimat, ended ones included (their history stays), regions first, with how many posts are held in each. */
export async function listAkimats({ viewer }: { viewer: Viewer }) {
  assertCan(viewer, "registry.view");
  const akimats = await db.akimat.findMany({
    select: {
      id: true,
      slug: true,
      name: true,
      nameKk: true,
      nameEn: true,
      level: true,
      endedOn: true,
      parent: { select: { id: true, name: true, nameKk: true, nameEn: true } },
      _count: { select: { positions: { where: { endedOn: null } } } },
    },
  });
  return akimats.sort(compareAkimats).map(({ _count, ...akimat }) => ({ ...akimat, currentPositions: _count.positions }));
}
export type AkimatListItem = Awaited<ReturnType<typeof listAkimats>>[number];
