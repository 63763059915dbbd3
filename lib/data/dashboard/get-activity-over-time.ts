import "server-only";
import { db } from "@/lib/db";
import { monthEndsUntil } from "@/lib/domain/as-of";
import { compareAkimats } from "@/lib/domain/comparison-sort";
import type { AkimatActivity } from "@/lib/domain/dashboard";
import { newsroomDay, toDateOnlyInput } from "@/lib/domain/time";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AkimatLevel } from "@/lib/generated/prisma/enums";
import { publishedObservationSql } from "../observations/published";
import { foundSql, recentlyActiveSql } from "./definitions-sql";
import { chosenAkimatsSql, heldOnSql } from "./official-figures-sql";

type Row = {
  akimatId: string;
  slug: string;
  name: string;
  nameKk: string | null;
  nameEn: string | null;
  level: AkimatLevel;
  n: number;
  active: number;
  found: number;
  known: number;
};

/** timestamp(3) values as stored (UTC, no zone), so the session's time zone cannot shift them. */
const utcTimestamp = (instant: Date) => instant.toISOString().replace("T", " ").replace("Z", "");

/** The number of the first instant at or after `time` (1-based; over `bounds` b."ats"). */
const firstInstantAfter = (time: Prisma.Sql) => Prisma.sql`width_bucket(${time} - interval '1 microsecond', b."ats") + 1`;
/** The number of the last instant before `time`, or the last of all when there is no such time (null). */
const lastInstantBefore = (time: Prisma.Sql, count: number) => Prisma.sql`COALESCE(width_bucket(${time} - interval '1 microsecond', b."ats"), ${count}::int)`;

/**
 * Active accounts per akimat at each month's end up to `asOf`, in one query: each published observation's
 * validity interval (until the account's next one, by LEAD), expanded to the instants it covers; the not-found
 * rule per official and platform at each instant; the akimat's officials in post on each instant's day.
 */
export async function getActivityOverTime({
  asOf = new Date(),
  akimatSlugs,
  months = 24,
}: { asOf?: Date; akimatSlugs?: string[]; months?: number } = {}): Promise<AkimatActivity[]> {
  const instants = monthEndsUntil(asOf, months);
  const first = utcTimestamp(instants[0]!);
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    WITH instants AS (
      SELECT t."at", t."day", t."n"::int AS "n"
      FROM unnest(${instants.map(utcTimestamp)}::timestamp[], ${instants.map((i) => toDateOnlyInput(newsroomDay(i)))}::date[])
        WITH ORDINALITY AS t("at", "day", "n")
    ),
    chosen AS (${chosenAkimatsSql(akimatSlugs)}),
    members AS (
      SELECT DISTINCT p."akimatId", p."officialId", i."n"
      FROM "positions" p
      JOIN chosen ON chosen."id" = p."akimatId"
      JOIN instants i ON ${heldOnSql(Prisma.sql`i."day"`)}
    ),
    scope_accounts AS (
      SELECT a."id" FROM "accounts" a WHERE a."officialId" = ANY(ARRAY(SELECT DISTINCT "officialId" FROM members))
    ),
    -- How many instants come before a time: instants are sorted, so an observation current from observedAt
    -- until the next one is current at a run of consecutive instants, found by width_bucket instead of testing
    -- it against every instant. Timestamps have millisecond precision: "before x" is "at or before x - 1µs".
    bounds AS (SELECT array_agg("at" ORDER BY "n") AS "ats" FROM instants),
    -- Each account's observations in its own index order (accountId, observedAt), from the one current at the
    -- first instant on: no sort of the whole set, and none of the history before the chart begins.
    account_obs AS (
      SELECT x.* FROM scope_accounts a
      CROSS JOIN LATERAL (
        SELECT c."officialId", c."platform", c."accountId", c."observedAt", ${foundSql} AS "found", ${recentlyActiveSql} AS "active",
          LEAD(c."observedAt") OVER (ORDER BY c."observedAt", c."createdAt") AS "until"
        FROM (
          SELECT o.* FROM "observations" o
          WHERE o."accountId" = a."id" AND ${publishedObservationSql} AND o."observedAt" <= ${asOf}
            AND o."observedAt" >= COALESCE((
              SELECT MAX(o."observedAt") FROM "observations" o
              WHERE o."accountId" = a."id" AND ${publishedObservationSql} AND o."observedAt" <= ${first}::timestamp
            ), '-infinity'::timestamp)
        ) c
      ) x
    ),
    account_at AS (
      SELECT n, v.* FROM account_obs v CROSS JOIN bounds b
      CROSS JOIN LATERAL generate_series(${firstInstantAfter(Prisma.sql`v."observedAt"`)}, ${lastInstantBefore(Prisma.sql`v."until"`, instants.length)}) AS n
    ),
    search_obs AS (
      SELECT o."officialId", o."platform", o."observedAt",
        LEAD(o."observedAt") OVER (PARTITION BY o."officialId" COLLATE "C", o."platform" ORDER BY o."observedAt", o."createdAt") AS "until"
      FROM "observations" o
      WHERE o."accountId" IS NULL AND o."officialId" = ANY(ARRAY(SELECT DISTINCT "officialId" FROM members))
        AND ${publishedObservationSql} AND o."observedAt" <= ${asOf}
    ),
    search_at AS (
      SELECT n, s.* FROM search_obs s CROSS JOIN bounds b
      CROSS JOIN LATERAL generate_series(${firstInstantAfter(Prisma.sql`s."observedAt"`)}, ${lastInstantBefore(Prisma.sql`s."until"`, instants.length)}) AS n
    ),
    -- lib/domain/latest-per-platform.ts: a search stands for the platform at an instant when it is later than
    -- every account's current observation there; the accounts are then hidden.
    hidden AS (
      SELECT s."n", s."officialId", s."platform"
      FROM search_at s
      LEFT JOIN account_at a ON a."n" = s."n" AND a."officialId" = s."officialId" AND a."platform" = s."platform"
      GROUP BY s."n", s."officialId", s."platform", s."observedAt"
      HAVING s."observedAt" > COALESCE(MAX(a."observedAt"), '-infinity'::timestamp)
    ),
    counts AS (
      SELECT m."akimatId", m."n",
        (COUNT(*) FILTER (WHERE a."active"))::int AS "active",
        (COUNT(*) FILTER (WHERE a."found"))::int AS "found",
        COUNT(*)::int AS "known"
      FROM members m
      JOIN account_at a ON a."officialId" = m."officialId" AND a."n" = m."n"
      WHERE NOT EXISTS (SELECT 1 FROM hidden h WHERE h."n" = a."n" AND h."officialId" = a."officialId" AND h."platform" = a."platform")
      GROUP BY m."akimatId", m."n"
    )
    SELECT chosen."id" AS "akimatId", chosen."slug", chosen."name", chosen."nameKk", chosen."nameEn", chosen."level", i."n",
      COALESCE(k."active", 0) AS "active", COALESCE(k."found", 0) AS "found", COALESCE(k."known", 0) AS "known"
    FROM chosen
    CROSS JOIN instants i
    LEFT JOIN counts k ON k."akimatId" = chosen."id" AND k."n" = i."n"
    ORDER BY chosen."id", i."n"`);

  const byAkimat = new Map<string, AkimatActivity>();
  for (const { n, active, found, known, ...akimat } of rows) {
    const entry = byAkimat.get(akimat.akimatId) ?? { ...akimat, points: [] };
    entry.points.push({ at: instants[n - 1]!, active, found, known });
    byAkimat.set(akimat.akimatId, entry);
  }
  return [...byAkimat.values()].sort(compareAkimats);
}
