import "server-only";
import { db } from "@/lib/db";
import { NEWSROOM_TIME_ZONE } from "@/lib/domain/time";
import { Prisma } from "@/lib/generated/prisma/client";
import { publishedObservationSql } from "../observations/published";
import { publishedInWaveSql, type WaveCut } from "../waves/wave-cut";
import { cursorBatches } from "./cursor-batches";
import { toPublicObservation, type PublishedObservationRow } from "./observation-record";
import type { ObservationKey, OpenDataQuery } from "./open-data-query";
import type { OpenDataRegistry } from "./open-data-registry";
import type { PublicObservation } from "./public-records";

/**
 * Rows fetched at a time while streaming: ~0.5 MB, some 20 ms of work between two turns of the event loop (so the
 * embeds and pages a build shares the process with wait no longer), and little left alive from one batch to the
 * next: at full scale observations.json's build grew its process by +130 MiB with 250 rows, +150 with
 * 500, +200 with 1 000 and +280 with 4 000, in the same time (bench/profile-exports.ts).
 */
export const STREAM_BATCH_SIZE = 500;

/** An export's filters on the observations, resolved against the registry (an unknown akimat or wave is an error). */
export type ObservationFilter = {
  until: Date | null;
  since: Date | null;
  akimatIds: string[] | null;
  officialId: string | null;
  platform: string | null;
  /** What a survey wave published: a closed one, what was approved by its close (wave-cut.ts). */
  wave?: WaveCut | null;
};

/** A filter names what does not exist: the export answers 400 with this message. */
export class UnknownFilterError extends Error {}

export function observationFilter(query: OpenDataQuery, registry: OpenDataRegistry, wave: WaveCut | null = null): ObservationFilter {
  if (query.waveId && !wave) throw new UnknownFilterError(`no survey wave has the id ${query.waveId}`);
  let akimatIds: string[] | null = null;
  if (query.akimatSlugs.length) {
    const bySlug = new Map(registry.akimats.map((a) => [a.slug, a]));
    const unknown = query.akimatSlugs.filter((slug) => !bySlug.has(slug));
    if (unknown.length) throw new UnknownFilterError(`no akimat has the slug ${unknown.join(", ")}`);
    const ids = new Set(query.akimatSlugs.map((slug) => bySlug.get(slug)!.id));
    // With its districts: every akimat under one asked for, at any depth (a region's city and the city's districts).
    for (let grew = query.withDistricts; grew;) {
      grew = false;
      for (const akimat of registry.akimats) {
        if (akimat.parentId && ids.has(akimat.parentId) && !ids.has(akimat.id)) grew = ids.add(akimat.id) !== undefined;
      }
    }
    akimatIds = [...ids];
  }
  return { until: query.until, since: query.since, akimatIds, officialId: query.officialId, platform: query.platform, wave };
}

/** The filters as SQL over an `observations` row aliased `o`, published ones only (../observations/published.ts). */
function whereSql(filter: ObservationFilter, after: ObservationKey | null = null): Prisma.Sql {
  const parts = [filter.wave ? publishedInWaveSql(filter.wave) : publishedObservationSql];
  if (filter.until) parts.push(Prisma.sql`o."observedAt" <= ${filter.until}`);
  if (filter.since) parts.push(Prisma.sql`o."observedAt" >= ${filter.since}`);
  if (filter.officialId) parts.push(Prisma.sql`o."officialId" = ${filter.officialId}`);
  if (filter.platform) parts.push(Prisma.sql`o."platform" = ${filter.platform}::"Platform"`);
  if (filter.akimatIds) {
    // A post held on the observation's day in newsroom time, as the akimat_ids column says (lib/domain/positions.ts).
    const day = Prisma.sql`((o."observedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${NEWSROOM_TIME_ZONE})::date`;
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "positions" p WHERE p."officialId" = o."officialId"
      AND p."akimatId" IN (${Prisma.join(filter.akimatIds)})
      AND (p."startedOn" IS NULL OR p."startedOn" <= ${day}) AND (p."endedOn" IS NULL OR p."endedOn" > ${day}))`);
  }
  if (after) parts.push(Prisma.sql`(o."observedAt", o."createdAt", o."id") > (${after.observedAt}, ${after.createdAt}, ${after.id})`);
  return Prisma.join(parts, " AND ");
}

/**
 * Enums as text and enum arrays as text arrays: the raw reader returns what it is given, and these are plain. A
 * list column may be NULL, which Prisma reads as an empty list; so does this. The account's columns come flat,
 * beside the observation's (observation-record.ts builds the published record from them in one step).
 */
const COLUMNS = Prisma.sql`o."id", o."officialId", o."platform"::text AS "platform", o."observedAt", o."createdAt",
  o."observedAtPrecision"::text AS "observedAtPrecision", o."existence"::text AS "existence", o."attribution"::text AS "attribution",
  o."attributionNote", o."visibility"::text AS "visibility", o."hasAvatar", o."verifiedBadge",
  o."followers", o."followersRaw", o."followersApproximate", o."following", o."followingRaw", o."followingApproximate",
  o."friends", o."friendsRaw", o."friendsApproximate", o."posts", o."postsRaw", o."postsApproximate",
  o."lastPostAt", o."lastPostAtPrecision"::text AS "lastPostAtPrecision", o."lastPostUrl",
  COALESCE(o."contentKinds"::text[], '{}') AS "contentKinds", COALESCE(o."languages"::text[], '{}') AS "languages", o."commentsOpen", o."replies"::text AS "replies",
  o."liveStreams", o."lastLiveAt", o."lastLiveAtPrecision"::text AS "lastLiveAtPrecision", o."personalStories",
  o."likesLevel"::text AS "likesLevel", o."publicNote", o."carriedFields", o."reviewedAt",
  a."id" AS "accountId", a."platform"::text AS "accountPlatform", a."kind"::text AS "accountKind",
  a."handle" AS "accountHandle", a."url" AS "accountUrl", a."label" AS "accountLabel"`;

/**
 * The evidence links of each observation (links only: a screenshot is never public), oldest first, in the same
 * statement as the rows. For a few rows (a page, what is current) a probe of the evidence index per row; for a
 * whole stream, every observation's links grouped once and joined (927 000 probes would cost PostgreSQL some 10 s
 * more at national scale than the join's 225 000 links grouped).
 */
const LINK = Prisma.sql`e."kind" = 'LINK'::"EvidenceKind" AND e."url" IS NOT NULL`;
const SOURCE_URLS_PER_ROW = Prisma.sql`ARRAY(SELECT e."url" FROM "evidence" e WHERE e."observationId" = o."id" AND ${LINK}
  ORDER BY e."createdAt", e."id") AS "sourceUrls"`;
const SOURCE_URLS_JOINED = Prisma.sql`LEFT JOIN (SELECT e."observationId", array_agg(e."url" ORDER BY e."createdAt", e."id") AS "urls"
  FROM "evidence" e WHERE ${LINK} GROUP BY e."observationId") ev ON ev."observationId" = o."id"`;

type RawRow = PublishedObservationRow & { createdAt: Date };

/** A batch, with each observation's key in the order (its createdAt is not published, but a cursor needs it). */
export type ObservationBatch = { observations: PublicObservation[]; keys: ObservationKey[] };

/**
 * Published observations in the exports' order, a batch at a time, so that memory holds a batch or two whatever
 * the size of the whole. A page (`limit`, with or without `after`) is one keyset query, an index scan of
 * observations_status_observedAt_idx from where the last page ended; the whole history (no `limit`) is one
 * statement read through a cursor (cursor-batches.ts).
 */
export async function* publishedObservationBatches({
  registry,
  filter,
  after = null,
  limit,
  batchSize = STREAM_BATCH_SIZE,
}: {
  registry: OpenDataRegistry;
  filter: ObservationFilter;
  after?: ObservationKey | null;
  limit?: number;
  batchSize?: number;
}): AsyncGenerator<ObservationBatch> {
  const whole = after === null && (limit ?? Infinity) === Infinity;
  const batches = whole
    ? cursorBatches<RawRow>(
        Prisma.sql`SELECT ${COLUMNS}, COALESCE(ev."urls", '{}') AS "sourceUrls"
          FROM "observations" o LEFT JOIN "accounts" a ON a."id" = o."accountId" ${SOURCE_URLS_JOINED}
          WHERE ${whereSql(filter)} ORDER BY o."observedAt", o."createdAt", o."id"`,
        batchSize,
      )
    : keysetPage(filter, after, limit ?? Infinity, batchSize);
  for await (const rows of batches) {
    yield {
      observations: rows.map((row) => toPublicObservation(row, registry.officialById.get(row.officialId)!)),
      keys: rows.map((row) => ({ observedAt: row.observedAt, createdAt: row.createdAt, id: row.id })),
    };
  }
}

/** Up to `limit` rows after `after`, in keyset queries of `batchSize`. */
async function* keysetPage(filter: ObservationFilter, after: ObservationKey | null, limit: number, batchSize: number): AsyncGenerator<RawRow[]> {
  let position = after;
  let left = limit;
  while (left > 0) {
    const take = Math.min(batchSize, left);
    const rows = await db.$queryRaw<RawRow[]>`
      SELECT ${COLUMNS}, ${SOURCE_URLS_PER_ROW} FROM "observations" o LEFT JOIN "accounts" a ON a."id" = o."accountId"
      WHERE ${whereSql(filter, position)}
      ORDER BY o."observedAt", o."createdAt", o."id" LIMIT ${take}`;
    if (!rows.length) return;
    const last = rows[rows.length - 1]!;
    position = { observedAt: last.observedAt, createdAt: last.createdAt, id: last.id };
    left -= rows.length;
    yield rows;
    if (rows.length < take) return;
  }
}

export async function countPublishedObservations(filter: ObservationFilter): Promise<number> {
  const [row] = await db.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS "count" FROM "observations" o WHERE ${whereSql(filter)}`;
  return Number(row?.count ?? 0);
}

/**
 * The latest published observation of each account (and of each platform's searches that found nothing) per
 * official, oldest first: all that "current" and the published accounts are made of (./current-observations.ts).
 *
 * Written for scale as lib/data/comparison/current-observations-sql.ts is: each account's latest is one backward
 * probe of the (accountId, observedAt) index, and each official's latest search on a platform one probe of
 * (officialId, platform, accountId, observedAt) with accountId null, each a LATERAL subquery with LIMIT 1. The
 * filters apply inside the probe, so it walks back to the latest observation that passes them. (A DISTINCT ON over
 * every published row read all 927 000 of them at national scale.) An account's observations are its official's
 * and on its platform (as recording them checks), so per account is per official, platform and account.
 */
export async function latestPublishedObservations(
  registry: OpenDataRegistry,
  filter: ObservationFilter,
): Promise<{ observation: PublicObservation; observedAt: Date }[]> {
  const latestFirst = Prisma.sql`ORDER BY o."observedAt" DESC, o."createdAt" DESC, o."id" DESC LIMIT 1`;
  const officialIs = filter.officialId ? Prisma.sql`AND f."id" = ${filter.officialId}` : Prisma.empty;
  const platformIs = filter.platform ? Prisma.sql`AND p."platform" = ${filter.platform}::"Platform"` : Prisma.empty;
  const accountIs = Prisma.sql`${filter.officialId ? Prisma.sql`AND ac."officialId" = ${filter.officialId}` : Prisma.empty}
    ${filter.platform ? Prisma.sql`AND ac."platform" = ${filter.platform}::"Platform"` : Prisma.empty}`;
  // With a wave, each account's probe names its official and platform too: one probe of the wave's index
  // (waveId, officialId, platform, accountId, observedAt) rather than a walk back through the account's history.
  const inAccountsWave = filter.wave ? Prisma.sql`AND o."officialId" = ac."officialId" AND o."platform" = ac."platform"` : Prisma.empty;
  // Without JIT: the planner prices 70 000 probes of a few rows each as a large query and compiles it, which
  // costs more than it saves (1.7 s against 1.0 s at national scale). Through a cursor, so that its ~30 000 rows
  // become objects a batch at a time: read whole, they kept the event loop for ~0.5 s, the embeds waiting.
  const latest: { observation: PublicObservation; observedAt: Date }[] = [];
  const rows = cursorBatches<RawRow>(
    Prisma.sql`
    SELECT ${COLUMNS}, ${SOURCE_URLS_PER_ROW} FROM (
      SELECT l.* FROM "accounts" ac CROSS JOIN LATERAL (
        SELECT o.* FROM "observations" o WHERE o."accountId" = ac."id" ${inAccountsWave} AND ${whereSql(filter)} ${latestFirst}
      ) l WHERE TRUE ${accountIs}
      UNION ALL
      SELECT l.* FROM "officials" f CROSS JOIN unnest(enum_range(NULL::"Platform")) AS p("platform") CROSS JOIN LATERAL (
        SELECT o.* FROM "observations" o
        WHERE o."officialId" = f."id" AND o."platform" = p."platform" AND o."accountId" IS NULL AND ${whereSql(filter)} ${latestFirst}
      ) l WHERE TRUE ${officialIs} ${platformIs}
    ) o LEFT JOIN "accounts" a ON a."id" = o."accountId"
    ORDER BY o."observedAt", o."createdAt", o."id"`,
    STREAM_BATCH_SIZE,
    { jit: false },
  );
  for await (const batch of rows) {
    for (const row of batch) latest.push({ observation: toPublicObservation(row, registry.officialById.get(row.officialId)!), observedAt: row.observedAt });
  }
  return latest;
}
