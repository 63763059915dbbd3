import "server-only";
import { newsroomDay, toDateOnlyInput } from "@/lib/domain/time";
import { Prisma } from "@/lib/generated/prisma/client";
import { currentObservationsSql } from "../comparison/current-observations-sql";
import type { WaveCut } from "../waves/wave-cut";
import { foundSql, opennessPartColumnsSql, opennessScoreColumnsSql, recentlyActiveSql } from "./definitions-sql";

/**
 * The akimats compared: the ones asked for, else the default view (as getComparison): the first current region
 * and its city akimats. Not every region in the country: a national network's default page would otherwise
 * hold every official of 37 akimats (12 MB of HTML at full scale, see bench/README.md).
 */
export function chosenAkimatsSql(akimatSlugs: string[] | undefined): Prisma.Sql {
  const where = akimatSlugs?.length
    ? Prisma.sql`a."slug" = ANY(${akimatSlugs}::text[])`
    : Prisma.sql`a."level" IN ('REGION', 'CITY') AND a."endedOn" IS NULL
        AND COALESCE(a."parentId", a."id") = (
          SELECT r."id" FROM "akimats" r WHERE r."level" = 'REGION' AND r."endedOn" IS NULL ORDER BY r."name", r."id" LIMIT 1)`;
  return Prisma.sql`SELECT a."id", a."slug", a."name", a."nameKk", a."nameEn", a."level"::text AS "level" FROM "akimats" a WHERE ${where}`;
}

/** A position held on the day (lib/domain/positions.ts `isHeldOn`), over a `positions` row aliased `p`. */
export function heldOnSql(day: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(p."startedOn" IS NULL OR p."startedOn" <= ${day}) AND (p."endedOn" IS NULL OR p."endedOn" > ${day})`;
}

/** The as-of instant's newsroom day, as an SQL date. */
export const asOfDaySql = (asOf: Date) => Prisma.sql`${toDateOnlyInput(newsroomDay(asOf))}::date`;

/**
 * The CTEs (without WITH) shared by the dashboard's aggregations at one instant:
 * - `chosen`: the akimats compared;
 * - `members`: ("akimatId", "officialId") of officials in post there on the as-of day;
 * - `current_obs`: their current observations (accounts and fruitless searches);
 * - `figures`: one row per official with at least one current observation: "hasFound", "hasPublic",
 *   "recentlyActive", each openness part by key (NULL: not assessed), "assessedParts", "earned",
 *   "assessedMax" and "score" (NULL: withheld).
 * Observations are read only for the members, so the chosen akimats bound the work. With `wave`, the current
 * observations are what that wave published (current-observations-sql.ts) and `asOf` is the wave's instant.
 */
export function officialFiguresCtes({ asOf, akimatSlugs, wave }: { asOf: Date; akimatSlugs?: string[]; wave?: WaveCut }): Prisma.Sql {
  return Prisma.sql`
    chosen AS (${chosenAkimatsSql(akimatSlugs)}),
    members AS (
      SELECT DISTINCT p."akimatId", p."officialId"
      FROM "positions" p
      JOIN chosen ON chosen."id" = p."akimatId"
      WHERE ${heldOnSql(asOfDaySql(asOf))}
    ),
    current_obs AS (${currentObservationsSql({ officials: Prisma.sql`SELECT DISTINCT "officialId" FROM members`, asOf, wave })}),
    figure_parts AS (
      SELECT c."officialId",
        bool_or(${foundSql}) AS "hasFound",
        bool_or(${foundSql} AND c."visibility" = 'PUBLIC') AS "hasPublic",
        bool_or(${recentlyActiveSql}) AS "recentlyActive",
        ${opennessPartColumnsSql}
      FROM current_obs c
      GROUP BY c."officialId"
    ),
    figures AS (SELECT fp.*, ${opennessScoreColumnsSql("fp")} FROM figure_parts fp)`;
}
