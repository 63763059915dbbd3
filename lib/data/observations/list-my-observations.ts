import "server-only";
import type { Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Platform, ReviewStatus } from "@/lib/generated/prisma/enums";

/** The viewer's own entries, newest first, optionally of one status and one platform. */
export async function listMyObservations({
  viewer,
  status,
  platform,
  take = 200,
}: {
  viewer: Viewer;
  status?: ReviewStatus;
  platform?: Platform;
  take?: number;
}) {
  return db.observation.findMany({
    where: { authorId: viewer.id, ...(status ? { status } : {}), ...(platform ? { platform } : {}) },
    orderBy: [{ updatedAt: "desc" }],
    take,
    select: {
      id: true,
      status: true,
      platform: true,
      existence: true,
      observedAt: true,
      observedAtPrecision: true,
      followers: true,
      followersApproximate: true,
      updatedAt: true,
      official: { select: { fullName: true } },
      account: { select: { handle: true, label: true } },
    },
  });
}
