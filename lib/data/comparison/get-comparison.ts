import "server-only";
import { db } from "@/lib/db";
import { activityOf, isStale, staleCutoff } from "@/lib/domain/activity";
import { readCarriedFieldSources } from "@/lib/domain/carried-fields";
import { SHOWN_IN_A_CELL, type Comparison, type ComparisonCell } from "@/lib/domain/comparison";
import { compareAkimats } from "@/lib/domain/comparison-sort";
import { opennessOf } from "@/lib/domain/openness";
import { sortPlatforms } from "@/lib/domain/platforms";
import { compareByRank } from "@/lib/domain/positions";
import { reachOf } from "@/lib/domain/reach";
import { newsroomDay } from "@/lib/domain/time";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AccountKind, Attribution, ContentKind, DatePrecision, Existence, Platform, ReplyFrequency, Visibility } from "@/lib/generated/prisma/enums";
import { defaultAkimatsWhere } from "../registry/default-akimats";
import { waveCutInstant, type WaveCut } from "../waves/wave-cut";
import { currentObservationsSql } from "./current-observations-sql";

type CurrentRow = {
  officialId: string;
  platform: Platform;
  accountId: string | null;
  existence: Existence;
  visibility: Visibility | null;
  attribution: Attribution | null;
  followers: number | null;
  followersApproximate: boolean;
  friends: number | null;
  friendsApproximate: boolean;
  lastPostAt: Date | null;
  lastPostAtPrecision: DatePrecision;
  observedAt: Date;
  observedAtPrecision: DatePrecision;
  contentKinds: ContentKind[] | null;
  personalStories: boolean | null;
  replies: ReplyFrequency | null;
  liveStreams: boolean | null;
  carriedFields: unknown;
  label: string | null;
  handle: string | null;
  url: string | null;
  kind: AccountKind | null;
};

/**
 * The comparison of akimats' officials on each platform, from published observations only: safe for the
 * dashboard and for the public embed alike. It names no reporter or editor. `platforms` narrows the columns;
 * openness is always the official's, over every platform. With `wave`, what that wave published, the officials
 * being those in post at its close (or today while it is open): `asOf` is then the wave's instant. With
 * `publishedBy` (not with a wave), only observations approved by that instant: an article's pinned embed.
 */
export async function getComparison({
  asOf: asked = new Date(),
  akimatSlugs,
  platforms: shownPlatforms,
  wave,
  publishedBy: askedPublishedBy,
}: { asOf?: Date; akimatSlugs?: string[]; platforms?: Platform[]; wave?: WaveCut; publishedBy?: Date } = {}): Promise<Comparison> {
  const asOf = wave ? waveCutInstant(wave, asked) : asked;
  // A wave has its own cut (its close); a day's view may have one of its own.
  const publishedBy = wave ? undefined : askedPublishedBy;
  // Positions are dated by day: held on the as-of instant's day in the newsroom's zone (lib/domain/positions.ts).
  const day = newsroomDay(asOf);
  const akimats = await db.akimat.findMany({
    where: akimatSlugs?.length ? { slug: { in: akimatSlugs } } : await defaultAkimatsWhere(),
    select: {
      id: true,
      slug: true,
      name: true,
      nameKk: true,
      nameEn: true,
      level: true,
      positions: {
        where: { AND: [{ OR: [{ startedOn: null }, { startedOn: { lte: day } }] }, { OR: [{ endedOn: null }, { endedOn: { gt: day } }] }] },
        select: { title: true, portfolio: true, official: { select: { id: true, fullName: true } } },
      },
    },
  });
  akimats.sort(compareAkimats);

  const officialIds = [...new Set(akimats.flatMap((a) => a.positions.map((p) => p.official.id)))];
  const current = officialIds.length
    ? await db.$queryRaw<CurrentRow[]>(Prisma.sql`
        SELECT c.*, a."label", a."handle", a."url", a."kind"
        FROM (${currentObservationsSql({ officials: Prisma.sql`SELECT unnest(${officialIds}::text[]) AS "officialId"`, asOf, wave, publishedBy })}) c
        LEFT JOIN "accounts" a ON a."id" = c."accountId"
        ORDER BY c."officialId", c."platform", a."createdAt", a."id"`)
    : [];

  const byOfficial = new Map<string, CurrentRow[]>();
  for (const row of current) byOfficial.set(row.officialId, [...(byOfficial.get(row.officialId) ?? []), row]);

  const cutoff = staleCutoff(asOf);
  const toCell = (row: CurrentRow): ComparisonCell => ({
    accountId: row.accountId,
    accountLabel: row.label,
    handle: row.handle,
    url: row.url,
    kind: row.kind,
    existence: row.existence,
    visibility: row.visibility,
    attribution: row.attribution,
    reach: reachOf(row),
    lastPostAt: row.lastPostAt,
    lastPostAtPrecision: row.lastPostAtPrecision,
    observedAt: row.observedAt,
    observedAtPrecision: row.observedAtPrecision,
    activity: activityOf(row),
    seenEarlier: seenEarlier(row),
    stale: isStale(row.observedAt, asOf, cutoff),
  });

  const present = sortPlatforms(current.map((row) => row.platform));
  const platforms = shownPlatforms?.length ? present.filter((platform) => shownPlatforms.includes(platform)) : present;

  return {
    asOf,
    ...(wave ? { wave: { id: wave.id, name: wave.name, closedAt: wave.closedAt } } : {}),
    ...(publishedBy ? { publishedBy } : {}),
    platforms,
    akimats: akimats.map((akimat) => ({
      id: akimat.id,
      slug: akimat.slug,
      name: akimat.name,
      nameKk: akimat.nameKk,
      nameEn: akimat.nameEn,
      level: akimat.level,
      officials: akimat.positions
        .map((position) => ({ title: position.title, name: position.official.fullName, position }))
        .sort(compareByRank)
        .map(({ position }) => {
          const rows = byOfficial.get(position.official.id) ?? [];
          const cells: Partial<Record<Platform, ComparisonCell[]>> = {};
          for (const row of rows) {
            if (platforms.includes(row.platform)) cells[row.platform] = [...(cells[row.platform] ?? []), toCell(row)];
          }
          return {
            id: position.official.id,
            fullName: position.official.fullName,
            title: position.title,
            portfolio: position.portfolio,
            cells,
            openness: opennessOf(rows.map((row) => ({ ...row, contentKinds: row.contentKinds ?? [] }))),
          };
        }),
    })),
  };
}

/** The shown fields this observation did not re-check, with when each was last seen (decision 0014). */
function seenEarlier(row: Pick<CurrentRow, "carriedFields" | "observedAt">): ComparisonCell["seenEarlier"] {
  const sources = readCarriedFieldSources(row.carriedFields);
  return SHOWN_IN_A_CELL.flatMap((field) => {
    const seenAt = sources[field] && new Date(sources[field].seenAt);
    return seenAt && seenAt < row.observedAt ? [{ field, seenAt }] : [];
  });
}
