import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AccountKind, AkimatLevel, Attribution, Existence, Platform, Visibility } from "@/lib/generated/prisma/enums";
import { currentOnPlatform } from "@/lib/domain/latest-per-platform";
import { sortPlatforms } from "@/lib/domain/platforms";
import { compareByRank } from "@/lib/domain/positions";
import { reachOf } from "@/lib/domain/reach";
import type { Comparison, ComparisonCell } from "@/lib/domain/comparison";
import { publishedObservationSql } from "../observations/published";

type LatestRow = {
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
  lastPostAtApproximate: boolean;
  observedAt: Date;
  observedAtApproximate: boolean;
  label: string | null;
  handle: string | null;
  url: string | null;
  kind: AccountKind | null;
};

const LEVEL_ORDER: Record<AkimatLevel, number> = { REGION: 0, CITY: 1, DISTRICT: 2 };

/**
 * The comparison of akimats' officials on each platform, from published observations only: safe for the
 * dashboard and for the public embed alike. It names no reporter or editor.
 */
export async function getComparison({ asOf = new Date(), akimatSlugs }: { asOf?: Date; akimatSlugs?: string[] } = {}): Promise<Comparison> {
  const akimats = await db.akimat.findMany({
    where: akimatSlugs?.length ? { slug: { in: akimatSlugs } } : { level: { in: ["REGION", "CITY"] }, endedOn: null },
    select: {
      id: true,
      slug: true,
      name: true,
      nameKk: true,
      nameEn: true,
      level: true,
      positions: {
        where: {
          AND: [{ OR: [{ startedOn: null }, { startedOn: { lte: asOf } }] }, { OR: [{ endedOn: null }, { endedOn: { gt: asOf } }] }],
        },
        select: { title: true, portfolio: true, official: { select: { id: true, fullName: true } } },
      },
    },
  });
  akimats.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.name.localeCompare(b.name, "ru"));

  const officialIds = [...new Set(akimats.flatMap((a) => a.positions.map((p) => p.official.id)))];
  const latest = officialIds.length
    ? await db.$queryRaw<LatestRow[]>(Prisma.sql`
        SELECT DISTINCT ON (o."officialId", o."platform", COALESCE(o."accountId", ''))
          o."officialId", o."platform", o."accountId", o."existence", o."visibility", o."attribution",
          o."followers", o."followersApproximate", o."friends", o."friendsApproximate",
          o."lastPostAt", o."lastPostAtApproximate", o."observedAt", o."observedAtApproximate",
          a."label", a."handle", a."url", a."kind"
        FROM "observations" o
        LEFT JOIN "accounts" a ON a."id" = o."accountId"
        WHERE ${publishedObservationSql}
          AND o."observedAt" <= ${asOf}
          AND o."officialId" = ANY(${officialIds})
        ORDER BY o."officialId", o."platform", COALESCE(o."accountId", ''), o."observedAt" DESC, o."createdAt" DESC`)
    : [];

  const byOfficial = new Map<string, Map<Platform, LatestRow[]>>();
  for (const row of latest) {
    const platforms = byOfficial.get(row.officialId) ?? new Map<Platform, LatestRow[]>();
    platforms.set(row.platform, [...(platforms.get(row.platform) ?? []), row]);
    byOfficial.set(row.officialId, platforms);
  }

  const toCell = (row: LatestRow): ComparisonCell => ({
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
    lastPostAtApproximate: row.lastPostAtApproximate,
    observedAt: row.observedAt,
    observedAtApproximate: row.observedAtApproximate,
  });

  return {
    asOf,
    platforms: sortPlatforms(latest.map((row) => row.platform)),
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
          const cells: Partial<Record<Platform, ComparisonCell[]>> = {};
          for (const [platform, rows] of byOfficial.get(position.official.id) ?? []) {
            cells[platform] = currentOnPlatform(rows).map(toCell);
          }
          return { id: position.official.id, fullName: position.official.fullName, title: position.title, portfolio: position.portfolio, cells };
        }),
    })),
  };
}
