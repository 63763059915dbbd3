import "server-only";
import type { Tx } from "@/lib/db";
import { compareAkimats } from "@/lib/domain/akimat-levels";
import { newsroomDay } from "@/lib/domain/time";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AkimatLevel, Platform } from "@/lib/generated/prisma/enums";
import { FieldError } from "../errors";

type Reader = Pick<Tx, "akimat" | "position" | "wave">;

/** Akimats nest three deep at most (region, city, district); the walk stops there whatever the data says. */
const MAX_DEPTH = 4;

/**
 * Every akimat a wave's officials sit in: those chosen, and with `includeDistricts` everything below them, in one
 * recursive query over the parent index (a query per level through Prisma cost the change report two to four times
 * as much, most of it the client's, not the database's). The chosen come first.
 */
export async function scopeAkimatIds(client: Pick<Tx, "$queryRaw">, wave: { akimatIds: readonly string[]; includeDistricts: boolean }): Promise<string[]> {
  if (wave.akimatIds.length === 0) return [];
  const rows = await client.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE scope(id, depth) AS (
      SELECT chosen, 0 FROM unnest(${[...wave.akimatIds]}::text[]) AS chosen
      UNION
      SELECT a."id", scope.depth + 1 FROM "akimats" a JOIN scope ON a."parentId" = scope.id
      WHERE ${wave.includeDistricts} AND scope.depth < ${MAX_DEPTH}
    )
    SELECT id FROM scope GROUP BY id ORDER BY min(depth), id`;
  return rows.map((row) => row.id);
}

/**
 * A post held on a day: begun by then (or of unknown start) and not ended before it. The day is today for a
 * checklist, and a closed wave's closing day for its figures, which must not take in an official appointed since.
 */
export const inPostOn = (day: Date) => ({
  AND: [{ OR: [{ startedOn: null }, { startedOn: { lte: day } }] }, { OR: [{ endedOn: null }, { endedOn: { gte: day } }] }],
});

/**
 * The akimats of a scope in their usual order, and the officials in post in them on a day, one line per official at
 * their first post there (by the akimats' order), by name: what the checklist and the change report list. With
 * `among`, only those officials (a reporter's part of a wave), each still at the line the whole scope gives them.
 * In SQL rather than through Prisma's relations: at national scale (75 akimats, ~500 posts) the client's work was
 * three quarters of the time (bench/README.md).
 */
export async function officialsInScope(client: Pick<Tx, "$queryRaw">, scopeIds: readonly string[], day: Date, among?: readonly string[]) {
  const ids = [...scopeIds];
  const [akimats, posts] = await Promise.all([
    client.$queryRaw<{ id: string; slug: string; name: string; nameKk: string | null; nameEn: string | null; level: AkimatLevel }[]>`
      SELECT "id", "slug", "name", "nameKk", "nameEn", "level" FROM "akimats" WHERE "id" = ANY(${ids}::text[])`,
    client.$queryRaw<{ officialId: string; akimatId: string; title: string; fullName: string }[]>`
      SELECT p."officialId", p."akimatId", p."title"::text AS "title", f."fullName"
      FROM "positions" p JOIN "officials" f ON f."id" = p."officialId"
      WHERE p."akimatId" = ANY(${ids}::text[])
        ${among ? Prisma.sql`AND p."officialId" = ANY(${[...among]}::text[])` : Prisma.empty}
        AND (p."startedOn" IS NULL OR p."startedOn" <= ${day}::date) AND (p."endedOn" IS NULL OR p."endedOn" >= ${day}::date)
      ORDER BY f."fullName", p."officialId"`,
  ]);
  akimats.sort(compareAkimats);
  const akimatOrder = new Map(akimats.map((akimat, index) => [akimat.id, index]));
  const officials = new Map<string, { id: string; fullName: string; akimatId: string; title: string }>();
  for (const post of posts) {
    const seen = officials.get(post.officialId);
    if (!seen || akimatOrder.get(post.akimatId)! < akimatOrder.get(seen.akimatId)!) {
      officials.set(post.officialId, { id: post.officialId, fullName: post.fullName, akimatId: post.akimatId, title: post.title });
    }
  }
  return { akimats, officials };
}

/**
 * The akimats a wave must have chosen to cover this official: those of their current posts directly, and every
 * akimat above them for a wave that includes what lies below its akimats.
 */
async function akimatsAbove(client: Reader, officialId: string): Promise<{ direct: string[]; above: string[] }> {
  const posts = await client.position.findMany({ where: { officialId, ...inPostOn(newsroomDay(new Date())) }, select: { akimatId: true } });
  const direct = [...new Set(posts.map((post) => post.akimatId))];
  const above: string[] = [];
  let frontier = direct;
  for (let depth = 0; frontier.length > 0 && depth < MAX_DEPTH; depth += 1) {
    const parents = await client.akimat.findMany({ where: { id: { in: frontier }, parentId: { not: null } }, select: { parentId: true } });
    frontier = parents.map((akimat) => akimat.parentId!).filter((id) => !above.includes(id) && !direct.includes(id));
    above.push(...frontier);
  }
  return { direct, above };
}

/** The waves (of those asked about, or all) that cover this official in post on this platform, newest first. */
export async function wavesCovering(
  client: Reader,
  { officialId, platform, openOnly, waveIds }: { officialId: string; platform: Platform; openOnly: boolean; waveIds?: string[] },
): Promise<{ id: string; name: string; closedAt: Date | null; dueOn: Date }[]> {
  const { direct, above } = await akimatsAbove(client, officialId);
  if (direct.length === 0) return [];
  return client.wave.findMany({
    where: {
      ...(waveIds ? { id: { in: waveIds } } : {}),
      ...(openOnly ? { closedAt: null } : {}),
      platforms: { has: platform },
      OR: [{ akimats: { some: { akimatId: { in: direct } } } }, { includeDistricts: true, akimats: { some: { akimatId: { in: above } } } }],
    },
    select: { id: true, name: true, closedAt: true, dueOn: true },
    orderBy: [{ opensOn: "desc" }, { createdAt: "desc" }],
  });
}

/**
 * An observation may go into a wave only while it is open and only for an official in post in its scope, on one
 * of its platforms: said on the form's wave field.
 */
export async function checkWaveCovers(client: Reader, input: { waveId: string | null; officialId: string; platform: Platform }): Promise<void> {
  if (!input.waveId) return;
  const wave = await client.wave.findUnique({ where: { id: input.waveId }, select: { closedAt: true } });
  if (!wave) throw new FieldError({ waveId: ["unknownOption"] });
  if (wave.closedAt) throw new FieldError({ waveId: ["waveClosed"] });
  const covering = await wavesCovering(client, { officialId: input.officialId, platform: input.platform, openOnly: true, waveIds: [input.waveId] });
  if (covering.length === 0) throw new FieldError({ waveId: ["waveNotCovering"] });
}
