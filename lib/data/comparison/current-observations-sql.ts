import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { publishedObservationSql } from "../observations/published";
import { publishedInWaveSql, type WaveCut } from "../waves/wave-cut";

/** Every column a reader of current observations needs; enum arrays as text[] (the driver cannot parse them). */
const COLUMNS = Prisma.sql`
  o."officialId", o."platform", o."accountId", o."observedAt", o."observedAtPrecision", o."existence",
  o."visibility", o."attribution", o."followers", o."followersApproximate", o."friends", o."friendsApproximate",
  o."lastPostAt", o."lastPostAtPrecision", o."contentKinds"::text[] AS "contentKinds", o."personalStories",
  o."replies", o."liveStreams",
  o."carriedFields"`;

/**
 * The state of knowledge at `asOf` for a set of officials, as one SELECT (to nest as a CTE or subquery):
 * each account's latest published observation on or before `asOf`, unless a later published search on that
 * platform found nothing, which then stands alone for the platform (the rule of lib/domain/latest-per-platform.ts:
 * a search stands when it is strictly later than every account's latest observation on the platform).
 *
 * `officials` is a query yielding distinct "officialId" values. Written for scale: each account's latest
 * observation is one backward probe of the (accountId, observedAt) index, and each official's latest search on a
 * platform one probe of (officialId, platform, observedAt) bounded below by the accounts' latest, so that the
 * query never reads an official's whole history.
 *
 * With `wave`, the same rule over what that wave published (wave-cut.ts; `asOf` is then the wave's instant): each
 * probe names the official and platform as well, so that it is one probe of the wave's index
 * (waveId, officialId, platform, accountId, observedAt) rather than a walk back through an account's history.
 *
 * With `publishedBy` (and no wave), only what had been approved by that instant: an embed pinned to the day an
 * article was published keeps its figures when an earlier look is approved later (decision 0007). A retraction still
 * removes an observation, as everywhere: it is a published correction.
 */
export function currentObservationsSql({
  officials,
  asOf,
  wave,
  publishedBy,
}: {
  officials: Prisma.Sql;
  asOf: Date;
  wave?: WaveCut;
  publishedBy?: Date;
}): Prisma.Sql {
  const published = publishedBy ? Prisma.sql`${publishedObservationSql} AND o."reviewedAt" <= ${publishedBy}` : publishedObservationSql;
  const accountPublished = wave ? Prisma.sql`${publishedInWaveSql(wave)} AND o."officialId" = a."officialId" AND o."platform" = a."platform"` : published;
  const searchPublished = wave ? publishedInWaveSql(wave) : published;
  return Prisma.sql`
    WITH scope AS (${officials}),
    acct AS (
      SELECT l.*
      FROM scope s
      JOIN "accounts" a ON a."officialId" = s."officialId"
      CROSS JOIN LATERAL (
        SELECT ${COLUMNS}
        FROM "observations" o
        WHERE o."accountId" = a."id" AND ${accountPublished} AND o."observedAt" <= ${asOf}
        ORDER BY o."observedAt" DESC, o."createdAt" DESC
        LIMIT 1
      ) l
    ),
    acct_latest AS (
      SELECT "officialId", "platform", MAX("observedAt") AS "at" FROM acct GROUP BY "officialId", "platform"
    ),
    search AS (
      SELECT l.*
      FROM scope s
      CROSS JOIN unnest(enum_range(NULL::"Platform")) AS p("platform")
      LEFT JOIN acct_latest al ON al."officialId" = s."officialId" AND al."platform" = p."platform"
      CROSS JOIN LATERAL (
        SELECT ${COLUMNS}
        FROM "observations" o
        WHERE o."officialId" = s."officialId" AND o."platform" = p."platform" AND o."accountId" IS NULL
          AND ${searchPublished} AND o."observedAt" <= ${asOf}
          AND o."observedAt" > COALESCE(al."at", '-infinity'::timestamp)
        ORDER BY o."observedAt" DESC, o."createdAt" DESC
        LIMIT 1
      ) l
    )
    SELECT * FROM search
    UNION ALL
    SELECT x.* FROM acct x
    WHERE NOT EXISTS (SELECT 1 FROM search s WHERE s."officialId" = x."officialId" AND s."platform" = x."platform")`;
}
