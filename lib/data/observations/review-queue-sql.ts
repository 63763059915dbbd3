import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Platform } from "@/lib/generated/prisma/enums";

/** What narrows the review queue; every part optional. */
export type ReviewQueueFilter = {
  akimatId?: string;
  platform?: Platform;
  authorId?: string;
  /** Only entries with a large move (lib/domain/observation-diff.ts's flags). */
  flaggedOnly?: boolean;
  /** Only entries submitted after this instant (the editor's previous visit). */
  submittedAfter?: Date;
};

/**
 * The previous published observation of the submitted observation `o`, as the review page compares with
 * (get-review.ts): of the same account, or for a search that found nothing, of the same official's searches on
 * the platform; the latest observed at or before `o`. Two branches, each switched off for the other kind of
 * row, so that each probes its own index (`observations_accountId_observedAt_idx`,
 * `observations_officialId_platform_accountId_observedAt_idx`) once per row.
 */
export const previousApprovedSql = (columns: Prisma.Sql) => Prisma.sql`(
  (SELECT ${columns} FROM "observations" p
    WHERE o."accountId" IS NOT NULL AND p."accountId" = o."accountId"
      AND p."status" = 'APPROVED' AND p."observedAt" <= o."observedAt"
    ORDER BY p."observedAt" DESC, p."createdAt" DESC LIMIT 1)
  UNION ALL
  (SELECT ${columns} FROM "observations" p
    WHERE o."accountId" IS NULL AND p."officialId" = o."officialId" AND p."platform" = o."platform" AND p."accountId" IS NULL
      AND p."status" = 'APPROVED' AND p."observedAt" <= o."observedAt"
    ORDER BY p."observedAt" DESC, p."createdAt" DESC LIMIT 1)
)`;

/**
 * compareObservations' flags in SQL, for the "flagged only" filter, which must find the flagged entries among
 * all that wait without reading each into JavaScript. A move of more than a third is `3 × |after − before| >
 * before` in integers (the same as the domain's ratio for whole counts). A field the reporter did not re-check
 * raises nothing. lib/data/observations/review-queue.test.ts checks that both agree.
 */
const flaggedSql = Prisma.sql`EXISTS (
  SELECT 1 FROM ${previousApprovedSql(Prisma.sql`p."existence", p."visibility", p."followers", p."friends"`)} AS prev
  WHERE (prev."existence" = 'FOUND') <> (o."existence" = 'FOUND')
    OR (NOT 'visibility' = ANY(COALESCE(o."uncheckedFields", '{}')) AND prev."visibility" = 'PUBLIC' AND o."visibility" = 'CLOSED')
    OR (NOT 'followers' = ANY(COALESCE(o."uncheckedFields", '{}'))
      AND (3 * abs(o."followers"::bigint - prev."followers") > prev."followers" OR (prev."followers" = 0 AND o."followers" > 0)))
    OR (NOT 'friends' = ANY(COALESCE(o."uncheckedFields", '{}'))
      AND (3 * abs(o."friends"::bigint - prev."friends") > prev."friends" OR (prev."friends" = 0 AND o."friends" > 0)))
)`;

/**
 * The rows of the queue under a filter, over `observations o`. Everything but "flagged" is read from the partial
 * index `observations_review_queue_idx` (its migration says why it is not in schema.prisma); the akimat is the
 * one the official holds a post in now.
 */
export function reviewQueueWhereSql(filter: ReviewQueueFilter): Prisma.Sql {
  const parts = [Prisma.sql`o."status" = 'SUBMITTED'`];
  if (filter.platform) parts.push(Prisma.sql`o."platform" = ${filter.platform}::"Platform"`);
  if (filter.authorId) parts.push(Prisma.sql`o."authorId" = ${filter.authorId}`);
  if (filter.submittedAfter) parts.push(Prisma.sql`o."submittedAt" > ${filter.submittedAfter}`);
  if (filter.akimatId)
    parts.push(Prisma.sql`o."officialId" IN (SELECT ps."officialId" FROM "positions" ps WHERE ps."akimatId" = ${filter.akimatId} AND ps."endedOn" IS NULL)`);
  if (filter.flaggedOnly) parts.push(flaggedSql);
  return Prisma.join(parts, " AND ");
}

/** The queue's order: first submitted first, the id keeping it stable where two share an instant. */
export const reviewQueueOrderSql = Prisma.sql`o."submittedAt" ASC, o."id" ASC`;
