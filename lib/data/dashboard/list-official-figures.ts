import "server-only";
import { db } from "@/lib/db";
import { OPENNESS_PARTS, type OpennessPart, type OpennessScore } from "@/lib/domain/openness";
import { Prisma } from "@/lib/generated/prisma/client";
import { partColumn } from "./definitions-sql";
import { officialFiguresCtes } from "./official-figures-sql";

export type OfficialFigures = {
  akimatId: string;
  officialId: string;
  /** At least one current observation, even if only a search that found nothing. */
  surveyed: boolean;
  hasFoundAccount: boolean;
  hasPublicAccount: boolean;
  /** At least one account ACTIVE or OCCASIONAL: last post within 90 days of the look. */
  recentlyActive: boolean;
  /** As the database computes it: the parts, the assessed count and the score (the platforms are the table's). */
  openness: OpennessScore | null;
};

type Totals = { assessedParts: number | null; earned: number | null; assessedMax: number | null; score: number | null };
type Row = { akimatId: string; officialId: string; surveyed: boolean; hasFound: boolean; hasPublic: boolean; recentlyActive: boolean } & Totals &
  Record<OpennessPart, number | null>;

/**
 * Per official in post at `asOf` in the chosen akimats, the figures the summaries aggregate, computed by the
 * same SQL. For profiles and lists that need one official's openness without the whole comparison.
 */
export async function listOfficialFigures({ asOf = new Date(), akimatSlugs }: { asOf?: Date; akimatSlugs?: string[] } = {}): Promise<OfficialFigures[]> {
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    WITH ${officialFiguresCtes({ asOf, akimatSlugs })}
    SELECT m."akimatId", m."officialId", f."officialId" IS NOT NULL AS "surveyed",
      COALESCE(f."hasFound", false) AS "hasFound", COALESCE(f."hasPublic", false) AS "hasPublic",
      COALESCE(f."recentlyActive", false) AS "recentlyActive",
      ${Prisma.join(OPENNESS_PARTS.map(({ key }) => Prisma.sql`${partColumn("f", key)}::int AS ${Prisma.raw(`"${key}"`)}`))},
      f."assessedParts"::int AS "assessedParts", f."earned"::int AS "earned", f."assessedMax"::int AS "assessedMax", f."score"::int AS "score"
    FROM members m
    LEFT JOIN figures f ON f."officialId" = m."officialId"
    ORDER BY m."akimatId", m."officialId"`);
  return rows.map((row) => ({
    akimatId: row.akimatId,
    officialId: row.officialId,
    surveyed: row.surveyed,
    hasFoundAccount: row.hasFound,
    hasPublicAccount: row.hasPublic,
    recentlyActive: row.recentlyActive,
    openness: row.surveyed ? opennessFromColumns(row) : null,
  }));
}

/** Every figure as the database gave it, none recomputed here, so that the tests compare SQL with lib/domain. */
function opennessFromColumns(row: Row): OpennessScore {
  return {
    score: row.score,
    assessedParts: row.assessedParts ?? 0,
    earned: row.earned ?? 0,
    assessedMax: row.assessedMax ?? 0,
    parts: OPENNESS_PARTS.map(({ key, max }) => ({ key, max, points: row[key] })),
  };
}
