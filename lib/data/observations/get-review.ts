import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { isRecordId } from "@/lib/validation/record-id";
import { publishedObservationWhere } from "./published";

/**
 * An observation as the review desk sees it: with its evidence, its reviews so far, and the previous published
 * observation of the same account (or, for a fruitless search, of the same official on the same platform),
 * which the editor compares it with, and the kinds of that one's evidence.
 */
export async function getReview({ viewer, id }: { viewer: Viewer; id: string }) {
  assertCan(viewer, "review.queue");
  if (!isRecordId(id)) return null;
  const observation = await db.observation.findUnique({
    where: { id },
    include: {
      official: { select: { id: true, fullName: true } },
      account: { select: { id: true, handle: true, label: true, url: true } },
      author: { select: { id: true, name: true } },
      evidence: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, url: true, caption: true, sha256: true } },
      reviews: { orderBy: { createdAt: "desc" }, select: { id: true, decision: true, comment: true, createdAt: true, editor: { select: { name: true } } } },
    },
  });
  if (!observation) return null;
  const previous = await db.observation.findFirst({
    where: {
      ...publishedObservationWhere,
      id: { not: observation.id },
      observedAt: { lte: observation.observedAt },
      ...(observation.accountId
        ? { accountId: observation.accountId }
        : { officialId: observation.officialId, platform: observation.platform, accountId: null }),
    },
    orderBy: [{ observedAt: "desc" }, { createdAt: "desc" }],
    include: { evidence: { select: { kind: true } } },
  });
  return { observation, previous };
}
