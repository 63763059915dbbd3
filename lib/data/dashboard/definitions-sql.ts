import "server-only";
import { ACTIVITY_THRESHOLD_DAYS, RECENTLY_ACTIVE } from "@/lib/domain/activity";
import {
  ATTRIBUTION_GROUNDS,
  OPENNESS_MAX,
  OPENNESS_MIN_ASSESSED_PARTS,
  OPENNESS_PARTS,
  OPENNESS_REPLY_POINTS,
  OPENNESS_VISIBILITY_POINTS,
  PERSONAL_CONTENT_KINDS,
  type OpennessPart,
} from "@/lib/domain/openness";
import { NEWSROOM_TIME_ZONE } from "@/lib/domain/time";
import { Prisma } from "@/lib/generated/prisma/client";

/*
 * The definitions of lib/domain (activity, openness, reach) as SQL expressions over a current-observation row
 * aliased `c`, built from the same constants, so that one definition serves the table (computed in TypeScript)
 * and the aggregations (computed in the database). Tests check that both give the same figures.
 */

const int = (n: number) => Prisma.sql`${n}::int`;
const found = Prisma.sql`c."existence" = 'FOUND'`;

/** The calendar day of `observedAt` (stored as UTC without zone) in the newsroom's zone. */
const observedDay = Prisma.sql`((c."observedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${NEWSROOM_TIME_ZONE})::date`;

/** lib/domain/activity.ts `activityOf`, as text. */
export const activitySql = Prisma.sql`(CASE
  WHEN c."existence" <> 'FOUND' THEN 'NOT_FOUND'
  WHEN c."visibility" = 'CLOSED' THEN 'CLOSED'
  WHEN c."lastPostAt" IS NULL THEN 'UNKNOWN'
  WHEN ${observedDay} - c."lastPostAt" <= ${int(ACTIVITY_THRESHOLD_DAYS.ACTIVE)} THEN 'ACTIVE'
  WHEN ${observedDay} - c."lastPostAt" <= ${int(ACTIVITY_THRESHOLD_DAYS.OCCASIONAL)} THEN 'OCCASIONAL'
  WHEN ${observedDay} - c."lastPostAt" <= ${int(ACTIVITY_THRESHOLD_DAYS.DORMANT)} THEN 'DORMANT'
  ELSE 'ABANDONED' END)`;

/** "Active in the last 90 days": ACTIVE or OCCASIONAL. */
export const recentlyActiveSql = Prisma.sql`(${activitySql} IN (${Prisma.join(RECENTLY_ACTIVE.map((a) => Prisma.sql`${a}`))}))`;

export const foundSql = found;

/** lib/domain/reach.ts `reachOf`: followers, else friends, with that count's approximate flag. */
export const reachValueSql = Prisma.sql`COALESCE(c."followers", c."friends")`;
export const reachApproximateSql = Prisma.sql`(CASE WHEN c."followers" IS NOT NULL THEN c."followersApproximate" ELSE c."friendsApproximate" END)`;

/** A CASE over an enum column giving its points, NULL when the column is (not recorded). */
function pointsCase(column: string, enumType: string, points: Record<string, number>): Prisma.Sql {
  const branches = Object.entries(points).map(
    ([value, n]) => Prisma.sql`WHEN c.${Prisma.raw(`"${column}"`)} = ${value}::${Prisma.raw(`"${enumType}"`)} THEN ${int(n)}`,
  );
  return Prisma.sql`(CASE ${Prisma.join(branches, " ")} ELSE NULL END)`;
}

/** lib/domain/openness.ts `isCredited`: found, and no recorded doubt about whose it is. */
const credited = Prisma.sql`(${found} AND c."attribution" IS DISTINCT FROM 'UNCERTAIN')`;
const personal = Prisma.sql`COALESCE(c."personalStories" IS TRUE OR c."contentKinds" && ${[...PERSONAL_CONTENT_KINDS]}::text[], false)`;
const grounds = Prisma.join(ATTRIBUTION_GROUNDS.map((a) => Prisma.sql`${a}::"Attribution"`));

/** Each part of lib/domain/openness.ts (`PART_RULES`): which observations it is taken over, and each one's value (NULL: it does not say). */
const OPENNESS_PART_RULES_SQL: Record<OpennessPart, { over: Prisma.Sql; value: Prisma.Sql }> = {
  found: { over: Prisma.sql`TRUE`, value: Prisma.sql`(CASE WHEN ${found} THEN ${int(OPENNESS_MAX.found)} ELSE 0 END)` },
  attributed: {
    over: found,
    value: Prisma.sql`(CASE WHEN c."attribution" IS NULL THEN NULL WHEN c."attribution" IN (${grounds}) THEN ${int(OPENNESS_MAX.attributed)} ELSE 0 END)`,
  },
  public: { over: credited, value: pointsCase("visibility", "Visibility", OPENNESS_VISIBILITY_POINTS) },
  personal: {
    over: credited,
    value: Prisma.sql`(CASE WHEN c."visibility" = 'CLOSED' THEN 0
      WHEN ${personal} THEN (CASE WHEN c."visibility" IS NULL THEN NULL ELSE ${int(OPENNESS_MAX.personal)} END)
      WHEN COALESCE(cardinality(c."contentKinds"), 0) > 0 THEN 0 ELSE NULL END)`,
  },
  replies: { over: credited, value: pointsCase("replies", "ReplyFrequency", OPENNESS_REPLY_POINTS) },
  liveStreams: {
    over: credited,
    value: Prisma.sql`(CASE WHEN c."liveStreams" IS NULL THEN NULL WHEN c."liveStreams" THEN ${int(OPENNESS_MAX.liveStreams)} ELSE 0 END)`,
  },
};

/** lib/domain/openness.ts `bestCertain`, as an aggregate: the maximum when reached, NULL when an unknown could raise it, else the best (0 over nothing). */
function bestCertainSql({ over, value }: { over: Prisma.Sql; value: Prisma.Sql }, max: number): Prisma.Sql {
  return Prisma.sql`(CASE WHEN COALESCE(bool_or(${value} = ${int(max)}) FILTER (WHERE ${over}), false) THEN ${int(max)}
    WHEN COALESCE(bool_or(${value} IS NULL) FILTER (WHERE ${over}), false) THEN NULL
    ELSE COALESCE(MAX(${value}) FILTER (WHERE ${over}), 0) END)`;
}

/** The parts as columns named after their keys ("found", "attributed", …), in OPENNESS_PARTS order; NULL: not assessed. */
export const opennessPartColumnsSql = Prisma.join(
  OPENNESS_PARTS.map(({ key, max }) => Prisma.sql`${bestCertainSql(OPENNESS_PART_RULES_SQL[key], max)} AS ${Prisma.raw(`"${key}"`)}`),
  ", ",
);

/** A column of a figures row, by part key (keys are constants of the code, never input). */
export const partColumn = (alias: string, key: OpennessPart) => Prisma.raw(`${alias}."${key}"`);

/**
 * lib/domain/openness.ts `opennessScore` over a row of part columns aliased `alias`: "assessedParts", "earned",
 * "assessedMax" and "score" (NULL when withheld; rounded half up, as Math.round for these non-negative values).
 */
export function opennessScoreColumnsSql(alias: string): Prisma.Sql {
  const sum = (term: (key: OpennessPart, max: number) => Prisma.Sql) =>
    Prisma.join(
      OPENNESS_PARTS.map(({ key, max }) => term(key, max)),
      " + ",
    );
  const assessed = sum((key) => Prisma.sql`(${partColumn(alias, key)} IS NOT NULL)::int`);
  const earned = sum((key) => Prisma.sql`COALESCE(${partColumn(alias, key)}, 0)`);
  const assessedMax = sum((key, max) => Prisma.sql`(CASE WHEN ${partColumn(alias, key)} IS NULL THEN 0 ELSE ${int(max)} END)`);
  return Prisma.sql`(${assessed}) AS "assessedParts", (${earned}) AS "earned", (${assessedMax}) AS "assessedMax",
    CASE WHEN (${assessed}) >= ${int(OPENNESS_MIN_ASSESSED_PARTS)} THEN round((100 * (${earned}))::numeric / (${assessedMax}))::int END AS "score"`;
}
