import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

/**
 * An editor opens the review queue: what was submitted since their previous look is new to them. Returns that
 * previous look (null the first time) and how many arrived since, and records this look as the last one.
 */
export async function noteReviewQueueVisit({
  viewer,
  now = new Date(),
}: {
  viewer: Viewer;
  now?: Date;
}): Promise<{ lastVisit: Date | null; arrivedSince: number }> {
  assertCan(viewer, "review.queue");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { reviewQueueSeenAt: true } });
    const lastVisit = user.reviewQueueSeenAt;
    // In SQL, so that the status is a literal the queue's partial index answers (Prisma's typed parameter is not).
    const [arrived] = lastVisit
      ? await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "observations" WHERE "status" = 'SUBMITTED' AND "submittedAt" > ${lastVisit}`
      : [];
    const arrivedSince = arrived?.n ?? 0;
    await tx.user.update({ where: { id: viewer.id }, data: { reviewQueueSeenAt: now } });
    return { lastVisit, arrivedSince };
  });
}
