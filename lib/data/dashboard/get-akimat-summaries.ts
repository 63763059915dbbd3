import "server-only";
import { db } from "@/lib/db";
import { compareAkimats } from "@/lib/domain/comparison-sort";
import type { AkimatSummary, PlatformReach } from "@/lib/domain/dashboard";
import { OPENNESS_PARTS, type OpennessPart } from "@/lib/domain/openness";
import { PLATFORM_ORDER } from "@/lib/domain/platforms";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AkimatLevel } from "@/lib/generated/prisma/enums";
import { waveCutInstant, type WaveCut } from "../waves/wave-cut";
import { foundSql, partColumn, reachApproximateSql, reachValueSql } from "./definitions-sql";
import { officialFiguresCtes } from "./official-figures-sql";

type Row = Omit<AkimatSummary, "opennessParts" | "reach" | "level"> & {
  level: AkimatLevel;
  opennessParts: Record<OpennessPart, number> | null;
  reach: PlatformReach[];
};

/**
 * The akimats side by side at `asOf`: counts of officials, reach per platform, mean openness over the officials
 * whose index is shown (and how many: a withheld index is in no mean). Aggregated in
 * the database (CTEs, percentile_cont), from the same current observations as the comparison table. With `wave`,
 * what that wave published (getComparison's rule).
 */
export async function getAkimatSummaries({
  asOf: asked = new Date(),
  akimatSlugs,
  wave,
}: { asOf?: Date; akimatSlugs?: string[]; wave?: WaveCut } = {}): Promise<AkimatSummary[]> {
  const asOf = wave ? waveCutInstant(wave, asked) : asked;
  // A part's share of an official's index: what it adds to 100 × earned ÷ assessed maximum.
  const shown = Prisma.sql`f."score" IS NOT NULL`;
  const meanShares = Prisma.join(
    OPENNESS_PARTS.map(
      ({ key }) => Prisma.sql`${key}::text, AVG(100.0 * COALESCE(${partColumn("f", key)}, 0) / f."assessedMax") FILTER (WHERE ${shown})::float8`,
    ),
  );
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    WITH ${officialFiguresCtes({ asOf, akimatSlugs, wave })},
    totals AS (
      SELECT m."akimatId",
        COUNT(*)::int AS "officials",
        (COUNT(*) FILTER (WHERE f."hasFound"))::int AS "withFoundAccount",
        (COUNT(*) FILTER (WHERE f."hasPublic"))::int AS "withPublicAccount",
        (COUNT(*) FILTER (WHERE f."recentlyActive"))::int AS "activeWithin90Days",
        (COUNT(*) FILTER (WHERE f."officialId" IS NOT NULL AND NOT f."hasFound"))::int AS "notFoundAnywhere",
        (COUNT(*) FILTER (WHERE f."officialId" IS NULL))::int AS "notSurveyed",
        (COUNT(*) FILTER (WHERE ${shown}))::int AS "opennessShown",
        (COUNT(*) FILTER (WHERE f."officialId" IS NOT NULL AND f."score" IS NULL))::int AS "opennessWithheld",
        (AVG(f."score") FILTER (WHERE ${shown}))::float8 AS "meanOpenness",
        CASE WHEN COUNT(*) FILTER (WHERE ${shown}) > 0 THEN json_build_object(${meanShares}) END AS "opennessParts"
      FROM members m
      LEFT JOIN figures f ON f."officialId" = m."officialId"
      GROUP BY m."akimatId"
    ),
    reach AS (
      SELECT m."akimatId", c."platform",
        COUNT(*)::int AS "accounts",
        SUM(${reachValueSql})::float8 AS "total",
        percentile_cont(0.5) WITHIN GROUP (ORDER BY ${reachValueSql}) AS "median",
        bool_or(${reachApproximateSql}) AS "approximate"
      FROM members m
      JOIN current_obs c ON c."officialId" = m."officialId"
      WHERE ${foundSql} AND ${reachValueSql} IS NOT NULL
      GROUP BY m."akimatId", c."platform"
    ),
    reach_by_akimat AS (
      SELECT "akimatId",
        json_agg(json_build_object('platform', "platform", 'accounts', "accounts", 'total', "total", 'median', "median", 'approximate', "approximate")) AS "reach"
      FROM reach
      GROUP BY "akimatId"
    )
    SELECT chosen."id" AS "akimatId", chosen."slug", chosen."name", chosen."nameKk", chosen."nameEn", chosen."level",
      COALESCE(t."officials", 0) AS "officials", COALESCE(t."withFoundAccount", 0) AS "withFoundAccount",
      COALESCE(t."withPublicAccount", 0) AS "withPublicAccount", COALESCE(t."activeWithin90Days", 0) AS "activeWithin90Days",
      COALESCE(t."notFoundAnywhere", 0) AS "notFoundAnywhere", COALESCE(t."notSurveyed", 0) AS "notSurveyed",
      COALESCE(t."opennessShown", 0) AS "opennessShown", COALESCE(t."opennessWithheld", 0) AS "opennessWithheld",
      t."meanOpenness", t."opennessParts", COALESCE(r."reach", '[]'::json) AS "reach"
    FROM chosen
    LEFT JOIN totals t ON t."akimatId" = chosen."id"
    LEFT JOIN reach_by_akimat r ON r."akimatId" = chosen."id"`);

  return rows
    .map(({ opennessParts, reach, ...row }) => ({
      ...row,
      opennessParts: opennessParts ? OPENNESS_PARTS.map(({ key }) => ({ key, meanShare: opennessParts[key] })) : null,
      reach: [...reach].sort((a, b) => PLATFORM_ORDER.indexOf(a.platform) - PLATFORM_ORDER.indexOf(b.platform)),
    }))
    .sort(compareAkimats);
}
