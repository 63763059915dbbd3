import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { OPENNESS_PARTS, type Openness, type OpennessPart } from "@/lib/domain/openness";
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
  openness: Openness | null;
};

type Row = { akimatId: string; officialId: string; surveyed: boolean; hasFound: boolean; hasPublic: boolean; recentlyActive: boolean } & Record<
  OpennessPart,
  number | null
>;

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
      ${Prisma.join(OPENNESS_PARTS.map(({ key }) => Prisma.sql`${partColumn("f", key)}::int AS ${Prisma.raw(`"${key}"`)}`))}
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

function opennessFromColumns(row: Record<OpennessPart, number | null>): Openness {
  const parts = OPENNESS_PARTS.map(({ key, max }) => ({ key, points: row[key] ?? 0, max }));
  return { score: parts.reduce((sum, part) => sum + part.points, 0), parts };
}
