import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

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
      _count: { select: { assignments: true } },
    },
    orderBy: [{ opensOn: "desc" }, { createdAt: "desc" }],
  });
  const held = waves.length ? await db.$queryRaw<{ waveId: string; observations: number }[]>(observationsPerWaveSql(waves.map((wave) => wave.id))) : [];
  const observationsOf = new Map(held.map((row) => [row.waveId, row.observations]));
  return waves
    .map(({ _count, akimats, ...wave }) => ({
      ...wave,
      akimats: akimats.map((row) => row.akimat),
      observations: observationsOf.get(wave.id) ?? 0,
      assignments: _count.assignments,
    }))
    .sort((a, b) => Number(a.closedAt !== null) - Number(b.closedAt !== null));
}
export type WaveListItem = Awaited<ReturnType<typeof listWaves>>[number];

/**
 * How many observations each wave holds, counted on the wave index (waveId first): the waves' own rows only. Prisma's
 * `_count` of the relation groups the whole observations table, every observation outside any wave included: at
 * national scale a sequential scan of a million rows, 0.5-0.8 s on every page that lists the waves (bench/README.md).
 */
export function observationsPerWaveSql(waveIds: string[]): Prisma.Sql {
  return Prisma.sql`
    SELECT o."waveId", count(*)::int AS "observations"
    FROM "observations" o
    WHERE o."waveId" = ANY(${waveIds}::text[])
    GROUP BY o."waveId"`;
}
