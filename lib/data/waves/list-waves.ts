import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

const akimatNames = { select: { akimat: { select: { id: true, name: true, nameKk: true, nameEn: true } } } } as const;

/** Every wave, open ones first, then the newest: what each covers and how many observations it holds. */
export async function listWaves({ viewer }: { viewer: Viewer }) {
  assertCan(viewer, "wave.view");
  const waves = await db.wave.findMany({
    select: {
      id: true,
      name: true,
      opensOn: true,
      dueOn: true,
      closedAt: true,
      platforms: true,
      includeDistricts: true,
      akimats: akimatNames,
      _count: { select: { observations: true, assignments: true } },
    },
    orderBy: [{ opensOn: "desc" }, { createdAt: "desc" }],
  });
  return waves
    .map(({ _count, akimats, ...wave }) => ({
      ...wave,
      akimats: akimats.map((row) => row.akimat),
      observations: _count.observations,
      assignments: _count.assignments,
    }))
    .sort((a, b) => Number(a.closedAt !== null) - Number(b.closedAt !== null));
}
export type WaveListItem = Awaited<ReturnType<typeof listWaves>>[number];
