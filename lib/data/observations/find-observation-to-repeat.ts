import "server-only";
import { can, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { publishedObservationWhere } from "./published";

/**
 * The observation a new one may start from: the one asked for, if the viewer may see it, or else the latest
 * of the account that the viewer may see (a published one, or one of their own).
 */
export async function findObservationToRepeat({ viewer, fromId, accountId }: { viewer: Viewer; fromId?: string; accountId?: string }) {
  if (fromId) {
    const observation = await db.observation.findUnique({ where: { id: fromId } });
    return observation && can(viewer, "observation.view", observation) ? observation : null;
  }
  if (!accountId) return null;
  return db.observation.findFirst({
    where: { accountId, OR: [publishedObservationWhere, { authorId: viewer.id }, ...(can(viewer, "review.queue") ? [{ status: "SUBMITTED" as const }] : [])] },
    orderBy: [{ observedAt: "desc" }, { createdAt: "desc" }],
  });
}
