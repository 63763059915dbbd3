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
    select: {
      id: true,
      version: true,
      platform: true,
      existence: true,
      visibility: true,
      observedAt: true,
      submittedAt: true,
      followers: true,
      followersRaw: true,
      followersApproximate: true,
      friends: true,
      friendsRaw: true,
      friendsApproximate: true,
      following: true,
      followingRaw: true,
      followingApproximate: true,
      posts: true,
      postsRaw: true,
      postsApproximate: true,
      observedAtApproximate: true,
      lastPostAt: true,
      notes: true,
      authorId: true,
      author: { select: { name: true } },
      official: { select: { fullName: true } },
      account: { select: { handle: true, label: true, url: true } },
    },
  });
}

export async function countReviewQueue({ viewer }: { viewer: Viewer }): Promise<number> {
  assertCan(viewer, "review.queue");
  return db.observation.count({ where: { status: "SUBMITTED" } });
}
