import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Platform } from "@/lib/generated/prisma/enums";

export type ReviewQueueFilter = { akimatId?: string; platform?: Platform; authorId?: string };

/** Submitted observations, oldest first, optionally of one akimat's officials, one platform, one reporter. */
export async function listReviewQueue({ viewer, filter = {}, take = 200 }: { viewer: Viewer; filter?: ReviewQueueFilter; take?: number }) {
  assertCan(viewer, "review.queue");
  return db.observation.findMany({
    where: {
      status: "SUBMITTED",
      ...(filter.platform ? { platform: filter.platform } : {}),
      ...(filter.authorId ? { authorId: filter.authorId } : {}),
      ...(filter.akimatId ? { official: { positions: { some: { akimatId: filter.akimatId, endedOn: null } } } } : {}),
    },
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

/** The choices of the queue's filters: akimats in use, and the reporters who have entries waiting. */
export async function listReviewQueueFilters({ viewer }: { viewer: Viewer }) {
  assertCan(viewer, "review.queue");
  const [akimats, reporters] = await Promise.all([
    db.akimat.findMany({
      where: { endedOn: null },
      orderBy: [{ level: "asc" }, { name: "asc" }],
      select: { id: true, name: true, nameKk: true, nameEn: true },
    }),
    db.user.findMany({ where: { observations: { some: { status: "SUBMITTED" } } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { akimats, reporters };
}
