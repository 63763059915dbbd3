import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { asOfFromParam } from "@/lib/domain/as-of";
import { currentOnPlatform } from "@/lib/domain/latest-per-platform";
import { PLATFORM_ORDER, sortPlatforms } from "@/lib/domain/platforms";
import { newsroomDay } from "@/lib/domain/time";
import {
  CHANGES_PAGE_SIZE,
  computeWaveChanges,
  rankAccounts,
  rankOfficials,
  summarizeChanges,
  type AccountChange,
  type ChangeEndpoint,
  type ChangeObservation,
} from "@/lib/domain/wave-changes";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Platform } from "@/lib/generated/prisma/enums";
import { currentObservationsSql } from "../comparison/current-observations-sql";
import { defaultAkimatsWhere } from "../registry/default-akimats";
import { publishedInWaveSql, waveCutInstant, type WaveCut } from "./wave-cut";
import { officialsInScope, scopeAkimatIds } from "./wave-scope";

const COLUMNS = Prisma.sql`
  o."officialId", o."platform", o."accountId", o."observedAt", o."observedAtPrecision", o."existence", o."visibility",
  o."attribution", o."followers", o."followersApproximate", o."friends", o."friendsApproximate", o."lastPostAt",
  o."lastPostAtPrecision", o."carriedFields"`;

/**
 * Each (official, platform, account) of a wave at its latest observation the wave published (a closed wave: approved
 * by its close, wave-cut.ts), a fruitless search recorded without an account included: a DISTINCT ON over the index
 * observations (waveId, officialId, platform, accountId, observedAt), so its cost grows with what the wave holds,
 * never with the table.
 */
export function latestApprovedInWaveSql(cut: WaveCut): Prisma.Sql {
  return Prisma.sql`
    SELECT DISTINCT ON (o."officialId", o."platform", o."accountId") ${COLUMNS}
    FROM "observations" o
    WHERE ${publishedInWaveSql(cut)}
    ORDER BY o."officialId", o."platform", o."accountId", o."observedAt" DESC, o."createdAt" DESC`;
}

type WaveRow = WaveCut & { platforms: Platform[]; includeDistricts: boolean; akimatIds: string[] };

/** A wave's published observations (wave-cut.ts), for every official it holds: `waveSide` keeps the report's once they are known. */
const readWaveRows = (cut: WaveCut) => db.$queryRaw<ChangeObservation[]>(latestApprovedInWaveSql(cut));

/** A day's side: the officials' current observations as of the end of that day (the as-of rule, decision 0006). */
async function readDaySide(day: string, officialIds: string[], publishedBy?: Date): Promise<ChangeObservation[]> {
  const officials = Prisma.sql`SELECT unnest(${officialIds}::text[]) AS "officialId"`;
  // Without JIT: two days cover every akimat, and the planner prices the ~20 000 small index probes of a country's
  // officials as a large query and compiles it, which costs more than it saves (bench/README.md: a side took
  // 1.0-2.9 s with JIT, 150-300 ms of it compiling, and 0.4-1.2 s without, on a loaded machine).
  const [, rows] = await db.$transaction([
    db.$executeRaw`SET LOCAL jit = off`,
    db.$queryRaw<ChangeObservation[]>(currentObservationsSql({ officials, asOf: asOfFromParam(day), publishedBy })),
  ]);
  return rows;
}

/** A wave's side for the officials listed: a search later than every account's observation stands for its platform, as in every current view. */
function waveSide(rows: readonly ChangeObservation[], officials: ReadonlyMap<string, unknown>): ChangeObservation[] {
  const byPlatform = new Map<string, ChangeObservation[]>();
  for (const row of rows) {
    if (!officials.has(row.officialId)) continue;
    const key = `${row.officialId}|${row.platform}`;
    const latest = byPlatform.get(key);
    if (latest) latest.push(row);
    else byPlatform.set(key, [row]);
  }
  return [...byPlatform.values()].flatMap((latest) => currentOnPlatform(latest));
}

/**
 * What changed between two waves or dates (issue 16, part 4), approved data only. The officials are those in post
 * on the later side's day (an open wave's: today; a closed one's: its close) in the waves' scope (two dates: the
 * akimats chosen, else the dashboard's default, a region and its city), each under the first
 * akimat of theirs in the akimats' order. Every official's changes are computed, since the ranking and the
 * akimats' counts need them all; only one page of 50 officials is returned with names and accounts (every official
 * for the CSV, `page: "all"`).
 */
export async function getWaveChanges({ viewer, ...options }: { viewer: Viewer } & WaveChangesOptions) {
  assertCan(viewer, "wave.view");
  return readPublishedWaveChanges(options);
}

type WaveChangesOptions = {
  from: ChangeEndpoint;
  to: ChangeEndpoint;
  page?: number | "all";
  akimatSlugs?: string[];
  /** False: no akimats' counts (empty), for the CSV, which has none. */
  summaries?: boolean;
  /**
   * A day's side counts only what had been approved by this instant (an article's embed, decision 0007); a wave's
   * side has its own cut, its close.
   */
  publishedBy?: Date;
};

/**
 * The same report for the public (the change embed, lib/data/embed/get-changes-embed.ts), which has no viewer: it
 * reads approved observations only, the registry's public facts and a wave's name, never who recorded or reviewed,
 * a note, or a wave's methodology note. `akimatSlugs`, when any, keeps those akimats' officials, each counted where
 * the whole report counts them, so an article's part matches the whole.
 */
export async function readPublishedWaveChanges({ from, to, page = 1, akimatSlugs, summaries: withSummaries = true, publishedBy }: WaveChangesOptions) {
  const waveIds = [...new Set([from, to].flatMap((side) => (side.kind === "wave" ? [side.waveId] : [])))];
  // One query for the waves and their chosen akimats, in SQL like every read of this report: through Prisma's
  // relations and `in` lists, the client's work was most of the time at national scale (bench/README.md).
  const waves = waveIds.length
    ? await db.$queryRaw<WaveRow[]>`
        SELECT w."id", w."name", w."closedAt", w."platforms"::text[] AS "platforms", w."includeDistricts",
          COALESCE(array_agg(wa."akimatId") FILTER (WHERE wa."akimatId" IS NOT NULL), '{}') AS "akimatIds"
        FROM "waves" w LEFT JOIN "wave_akimats" wa ON wa."waveId" = w."id"
        WHERE w."id" = ANY(${waveIds}::text[])
        GROUP BY w."id"`
    : [];
  if (waves.length !== waveIds.length) return null;
  const waveOf = (id: string) => waves.find((wave) => wave.id === id)!;
  const platforms = waves.length ? sortPlatforms(new Set(waves.flatMap((wave) => wave.platforms))) : [...PLATFORM_ORDER];
  // The later side's day: a closed wave's officials are those in post when it closed, so that a report between
  // two closed waves stays as it was published when officials leave or join later.
  const day = newsroomDay(to.kind === "date" ? asOfFromParam(to.day) : waveCutInstant(waveOf(to.waveId)));

  // A wave's side does not depend on whom the report lists, so it is read while the scope is worked out.
  const readScope = async () => {
    // Two days have no scope of their own: the akimats asked for, else the dashboard's default view. Every akimat of
    // a national network would be some 1 400 officials' current observations read twice for one page of 50.
    const scopeIds = waves.length
      ? [...new Set((await Promise.all(waves.map((wave) => scopeAkimatIds(db, wave)))).flat())]
      : (await db.akimat.findMany({ where: akimatSlugs?.length ? { slug: { in: akimatSlugs } } : await defaultAkimatsWhere(), select: { id: true } })).map(
          (akimat) => akimat.id,
        );
    return officialsInScope(db, scopeIds, day);
  };
  const [inScope, ...waveRows] = await Promise.all([readScope(), ...waves.map((wave) => readWaveRows(wave))]);
  const rowsOf = new Map(waves.map((wave, index) => [wave.id, waveRows[index]!]));
  const akimats = akimatSlugs?.length ? inScope.akimats.filter((akimat) => akimatSlugs.includes(akimat.slug)) : inScope.akimats;
  const chosen = new Set(akimats.map((akimat) => akimat.id));
  const officials = akimatSlugs?.length ? new Map([...inScope.officials].filter(([, official]) => chosen.has(official.akimatId))) : inScope.officials;
  const officialIds = [...officials.keys()];
  const readSide = async (side: ChangeEndpoint) =>
    side.kind === "date" ? readDaySide(side.day, officialIds, publishedBy) : waveSide(rowsOf.get(side.waveId)!, officials);
  const [thenRows, nowRows] = await Promise.all([readSide(from), readSide(to)]);
  const onPlatforms = (rows: ChangeObservation[]) => rows.filter((row) => platforms.includes(row.platform));
  const changes = computeWaveChanges(onPlatforms(thenRows), onPlatforms(nowRows));

  // Grouped once: at 5 000 officials a filter of every change per official or akimat would be quadratic.
  const changesOf = new Map<string, AccountChange[]>();
  for (const change of changes) (changesOf.get(change.officialId) ?? changesOf.set(change.officialId, []).get(change.officialId)!).push(change);
  const officialsOf = new Map<string, string[]>();
  for (const official of officials.values())
    (officialsOf.get(official.akimatId) ?? officialsOf.set(official.akimatId, []).get(official.akimatId)!).push(official.id);
  const summaries = (withSummaries ? akimats : []).flatMap((akimat) => {
    const ids = officialsOf.get(akimat.id) ?? [];
    return ids.length
      ? [
          {
            akimat,
            summary: summarizeChanges(
              ids,
              ids.flatMap((id) => changesOf.get(id) ?? []),
              platforms,
            ),
          },
        ]
      : [];
  });

  const ranked = rankOfficials(officialIds, changes);
  const pages = Math.max(1, Math.ceil(ranked.length / CHANGES_PAGE_SIZE));
  const current = page === "all" ? 1 : Math.min(Math.max(1, Math.trunc(page) || 1), pages);
  // The CSV takes every official, in the same order.
  const pageIds = page === "all" ? ranked : ranked.slice((current - 1) * CHANGES_PAGE_SIZE, current * CHANGES_PAGE_SIZE);
  // The accounts the page names, by their key: not every account of its officials (a page of the CSV: 474 officials).
  const accountIds = [...new Set(pageIds.flatMap((id) => (changesOf.get(id) ?? []).flatMap((change) => (change.accountId ? [change.accountId] : []))))];
  const accounts = accountIds.length
    ? await db.$queryRaw<{ id: string; handle: string | null; label: string | null; url: string | null }[]>`
        SELECT "id", "handle", "label", "url" FROM "accounts" WHERE "id" = ANY(${accountIds}::text[])`
    : [];
  const accountById = new Map(accounts.map((account) => [account.id, account]));
  const akimatById = new Map(akimats.map((akimat) => [akimat.id, akimat]));
  const rows = pageIds.map((id) => {
    const official = officials.get(id)!;
    return {
      ...official,
      akimat: akimatById.get(official.akimatId)!,
      accounts: rankAccounts(changesOf.get(id) ?? []).map((change) => ({
        ...change,
        account: change.accountId ? (accountById.get(change.accountId) ?? null) : null,
      })),
    };
  });
  const sideLabel = (side: ChangeEndpoint) => (side.kind === "wave" ? { kind: "wave" as const, id: side.waveId, name: waveOf(side.waveId).name } : side);
  return { from: sideLabel(from), to: sideLabel(to), platforms, summaries, rows, officials: ranked.length, page: current, pages };
}
export type WaveChanges = NonNullable<Awaited<ReturnType<typeof getWaveChanges>>>;
