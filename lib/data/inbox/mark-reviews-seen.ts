import "server-only";
import type { Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

/**
 * The author opened their observation: every decision on it is read. Only the author's opening counts (an
 * editor's look reads nothing for them), and a decision read once stays read with the time it was first seen.
 */
export async function markReviewsSeen({ viewer, observationId }: { viewer: Viewer; observationId: string }): Promise<number> {
  const { count } = await db.review.updateMany({
    where: { observationId, observationAuthorId: viewer.id, seenByAuthorAt: null },
    data: { seenByAuthorAt: new Date() },
  });
  return count;
}
