import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { compareAkimats } from "@/lib/domain/akimat-levels";
import { newsroomDay } from "@/lib/domain/time";
import { isRecordId } from "@/lib/validation/record-id";
import { inPostOn, scopeAkimatIds } from "./wave-scope";

const names = { id: true, name: true, nameKk: true, nameEn: true } as const;

/**
 * A wave with its scope and who is on it; null when there is none. `scope` is every akimat it covers (those
 * chosen and, with districts, those below), and how many officials are in post there today.
 */
export async function getWave({ viewer, id }: { viewer: Viewer; id: string }) {
  assertCan(viewer, "wave.view");
  if (!isRecordId(id)) return null;
  const wave = await db.wave.findUnique({
    where: { id },
    include: {
      akimats: { select: { akimat: { select: names } } },
      assignments: {
        select: {
          id: true,
          reporter: { select: { id: true, name: true } },
          akimat: { select: names },
          official: { select: { id: true, fullName: true } },
        },
        orderBy: { createdAt: "asc" },
      },
      _count: { select: { observations: true } },
    },
  });
  if (!wave) return null;
  const akimatIds = wave.akimats.map((row) => row.akimat.id);
  const scopeIds = await scopeAkimatIds(db, { akimatIds, includeDistricts: wave.includeDistricts });
  const [scope, officialsInPost] = await Promise.all([
    db.akimat.findMany({ where: { id: { in: scopeIds } }, select: { ...names, level: true, parent: { select: names } } }),
    db.position.findMany({
      where: { akimatId: { in: scopeIds }, ...inPostOn(newsroomDay(new Date())) },
      select: { officialId: true },
      distinct: ["officialId"],
    }),
  ]);
  const { akimats, _count, ...rest } = wave;
  return {
    ...rest,
    akimats: akimats.map((row) => row.akimat),
    observations: _count.observations,
    scope: scope.sort(compareAkimats),
    officialsInScope: officialsInPost.length,
  };
}
export type WaveRecord = NonNullable<Awaited<ReturnType<typeof getWave>>>;

/** Up to this many officials are offered one by one when assigning; beyond it, a wave is given out by akimat. */
export const ASSIGNABLE_OFFICIALS_LIMIT = 300;

/**
 * What an editor may give a reporter on this wave: its akimats, and its officials in post when there are few
 * enough to list; and the reporters (every active user may record).
 */
export async function listWaveAssignmentOptions({ viewer, wave }: { viewer: Viewer; wave: Pick<WaveRecord, "scope"> }) {
  assertCan(viewer, "wave.manage");
  const scopeIds = wave.scope.map((akimat) => akimat.id);
  const [officials, reporters] = await Promise.all([
    db.official.findMany({
      where: { positions: { some: { akimatId: { in: scopeIds }, ...inPostOn(newsroomDay(new Date())) } } },
      select: { id: true, fullName: true },
      orderBy: { fullName: "asc" },
      take: ASSIGNABLE_OFFICIALS_LIMIT + 1,
    }),
    db.user.findMany({ where: { disabled: false }, select: { id: true, name: true, role: true }, orderBy: [{ role: "asc" }, { name: "asc" }] }),
  ]);
  const listed = officials.length <= ASSIGNABLE_OFFICIALS_LIMIT;
  return { officials: listed ? officials : [], officialsListed: listed, reporters };
}
