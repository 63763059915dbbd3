import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { isRecordId } from "@/lib/validation/record-id";
import { reviewQueueOrderSql, reviewQueueWhereSql, type ReviewQueueFilter } from "./review-queue-sql";

/**
 * The entry to open after deciding `afterId`: the next one in the queue's order under the same filter, past the
 * decided one's place (whatever its status now), that this editor may decide: their own entries wait for
 * another editor. Null when none is left past it.
 */
export async function findNextInReviewQueue({
  viewer,
  afterId,
  filter = {},
}: {
  viewer: Viewer;
  afterId: string;
  filter?: ReviewQueueFilter;
}): Promise<string | null> {
  assertCan(viewer, "review.queue");
  if (!isRecordId(afterId)) return null;
  const decided = await db.observation.findUnique({ where: { id: afterId }, select: { submittedAt: true } });
  if (!decided?.submittedAt) return null;
  const [next] = await db.$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT o.id FROM "observations" o
    WHERE ${reviewQueueWhereSql(filter)}
      AND (o."submittedAt", o."id") > (${decided.submittedAt}, ${afterId})
      AND o."authorId" <> ${viewer.id}
    ORDER BY ${reviewQueueOrderSql}
    LIMIT 1`);
  return next?.id ?? null;
}
