import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { ACTIVITY_THRESHOLD_DAYS, RECENTLY_ACTIVE } from "@/lib/domain/activity";
import { OPENNESS_MAX, OPENNESS_PARTS, OPENNESS_REPLY_POINTS, OPENNESS_VISIBILITY_POINTS, PERSONAL_CONTENT_KINDS, type OpennessPart } from "@/lib/domain/openness";
import { NEWSROOM_TIME_ZONE } from "@/lib/domain/time";

/*
 * The definitions of lib/domain (activity, openness, reach) as SQL expressions over a current-observation row
 * aliased `c`, built from the same constants, so that one definition serves the table (computed in TypeScript)
 * and the aggregations (computed in the database). Tests check that both give the same figures.
 */

const int = (n: number) => Prisma.sql`${n}::int`;
const found = Prisma.sql`c."existence" = 'FOUND'`;
/** Found, and the reporter raised no doubt about whose it is (lib/domain/openness.ts `isAttributed`). */
const attributed = Prisma.sql`(${found} AND c."attribution" IS DISTINCT FROM 'UNCERTAIN')`;

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

function pointsCase(column: string, enumType: string, points: Record<string, number>): Prisma.Sql {
  const branches = Object.entries(points).map(([value, n]) => Prisma.sql`WHEN c.${Prisma.raw(`"${column}"`)} = ${value}::${Prisma.raw(`"${enumType}"`)} THEN ${int(n)}`);
  return Prisma.sql`(CASE ${Prisma.join(branches, " ")} ELSE 0 END)`;
}

const whenAny = (condition: Prisma.Sql, points: number) => Prisma.sql`(CASE WHEN bool_or(${condition}) THEN ${int(points)} ELSE 0 END)`;
const bestOf = (expression: Prisma.Sql) => Prisma.sql`COALESCE(MAX(CASE WHEN ${attributed} THEN ${expression} END), 0)`;

const personal = Prisma.sql`(c."personalStories" IS TRUE OR c."contentKinds" && ${[...PERSONAL_CONTENT_KINDS]}::text[])`;

/** Each part of lib/domain/openness.ts `opennessOf`, as an aggregate over one official's current observations. */
const OPENNESS_PART_SQL: Record<OpennessPart, Prisma.Sql> = {
  found: whenAny(found, OPENNESS_MAX.found),
  attributed: whenAny(attributed, OPENNESS_MAX.attributed),
  public: bestOf(pointsCase("visibility", "Visibility", OPENNESS_VISIBILITY_POINTS)),
  personal: whenAny(Prisma.sql`${attributed} AND c."visibility" IS DISTINCT FROM 'CLOSED' AND ${personal}`, OPENNESS_MAX.personal),
  replies: bestOf(pointsCase("replies", "ReplyFrequency", OPENNESS_REPLY_POINTS)),
  liveStreams: whenAny(Prisma.sql`${attributed} AND c."liveStreams" IS TRUE`, OPENNESS_MAX.liveStreams),
};

/** The parts as columns named after their keys ("found", "attributed", …), in OPENNESS_PARTS order. */
export const opennessPartColumnsSql = Prisma.join(
  OPENNESS_PARTS.map(({ key }) => Prisma.sql`${OPENNESS_PART_SQL[key]} AS ${Prisma.raw(`"${key}"`)}`),
  ", ",
);

/** The score: the parts' sum. */
export const opennessScoreSql = Prisma.join(
  OPENNESS_PARTS.map(({ key }) => OPENNESS_PART_SQL[key]),
  " + ",
);

/** A column of a figures row, by part key (keys are constants of the code, never input). */
export const partColumn = (alias: string, key: OpennessPart) => Prisma.raw(`${alias}."${key}"`);
