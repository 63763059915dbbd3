import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { monthEndsUntil } from "@/lib/domain/as-of";
import { newsroomDay, toDateOnlyInput } from "@/lib/domain/time";
import { Prisma } from "@/lib/generated/prisma/client";
import { publishedObservationSql } from "../observations/published";

export type ReachPoint = {
  /** A month's end in the newsroom's zone, or the as-of instant for the last point (as the activity chart's). */
  monthEnd: Date;
  /** Followers, or friends where the account has no followers, summed over the accounts counted. */
  reach: number;
  /** At least one summed count was rounded by the platform or estimated. */
  approximate: boolean;
  accounts: number;
};

type Row = { n: number; reach: number; approximate: boolean; accounts: number };

/** timestamp(3) values as stored (UTC, no zone), so the session's time zone cannot shift them. */
const utcTimestamp = (instant: Date) => instant.toISOString().replace("T", " ").replace("Z", "");

/**
 * The akimat's total reach at the end of each of the last `months` months (the instants of the dashboard's
 * activity chart, so the two charts read together). At each instant: the officials holding a post there that
 * day, each of their accounts' latest published observation by then, found and with a count. A later search
 * on the platform that found nothing stands for the platform, as on the dashboard
 * (lib/domain/latest-per-platform). Instants with nothing to sum are left out rather than drawn as zero.
 */
export async function getAkimatReachOverTime({
  viewer,
  akimatId,
  asOf = new Date(),
  months = 24,
}: {
  viewer: Viewer;
  akimatId: string;
  asOf?: Date;
  months?: number;
}): Promise<ReachPoint[]> {
  assertCan(viewer, "registry.view");
  const instants = monthEndsUntil(asOf, months);
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    WITH months AS (
      SELECT t."at" AS month_end, t."day" AS day, t."n"::int AS n
      FROM unnest(${instants.map(utcTimestamp)}::timestamp[], ${instants.map((i) => toDateOnlyInput(newsroomDay(i)))}::date[])
        WITH ORDINALITY AS t("at", "day", "n")
    ),
    members AS (
      SELECT DISTINCT mo.n, mo.month_end, p."officialId"
      FROM months mo
      JOIN "positions" p ON p."akimatId" = ${akimatId}
        AND (p."startedOn" IS NULL OR p."startedOn" <= mo.day)
        AND (p."endedOn" IS NULL OR p."endedOn" > mo.day)
    ),
    latest AS (
      SELECT DISTINCT ON (m.n, o."officialId", o."platform", COALESCE(o."accountId", ''))
        m.n, o."officialId", o."platform", o."accountId", o."observedAt", o."existence",
        COALESCE(o."followers", o."friends") AS reach,
        CASE WHEN o."followers" IS NOT NULL THEN o."followersApproximate" ELSE o."friendsApproximate" END AS approximate
      FROM members m
      JOIN "observations" o ON o."officialId" = m."officialId" AND o."observedAt" <= m.month_end
      WHERE ${publishedObservationSql}
      ORDER BY m.n, o."officialId", o."platform", COALESCE(o."accountId", ''), o."observedAt" DESC, o."createdAt" DESC
    ),
    standing AS (
      SELECT l.*,
        MAX(l."observedAt") FILTER (WHERE l."accountId" IS NULL) OVER w AS last_search,
        MAX(l."observedAt") FILTER (WHERE l."accountId" IS NOT NULL) OVER w AS last_account
      FROM latest l
      WINDOW w AS (PARTITION BY l.n, l."officialId", l."platform")
    )
    SELECT s.n,
      SUM(s.reach)::float8 AS "reach",
      BOOL_OR(s.approximate) AS "approximate",
      COUNT(*)::int AS "accounts"
    FROM standing s
    WHERE s."accountId" IS NOT NULL
      AND s."existence" = 'FOUND'
      AND s.reach IS NOT NULL
      AND (s.last_search IS NULL OR s.last_account >= s.last_search)
    GROUP BY s.n
    ORDER BY s.n`);
  return rows.map((row) => ({ monthEnd: instants[row.n - 1]!, reach: Number(row.reach), approximate: row.approximate, accounts: row.accounts }));
}
