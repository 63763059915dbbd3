import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Viewer } from "@/lib/auth/permissions";

/** Submitted observations, oldest first: the review desk's work. */
export async function listReviewQueue({ viewer, take = 200 }: { viewer: Viewer; take?: number }) {
  assertCan(viewer, "review.queue");
  return db.observation.findMany({
    where: { status: "SUBMITTED" },
    orderBy: [{ submittedAt: "asc" }, { createdAt: "asc" }],
    take,
    include: {
      author: { select: { name: true } },
      official: { select: { fullName: true } },
      account: { select: { handle: true, label: true, url: true } },
      evidence: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, url: true, caption: true, sha256: true } },
    },
  });
}

export async function countReviewQueue({ viewer }: { viewer: Viewer }): Promise<number> {
  assertCan(viewer, "review.queue");
  return db.observation.count({ where: { status: "SUBMITTED" } });
}
