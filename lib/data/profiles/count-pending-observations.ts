import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { ReviewStatus } from "@/lib/generated/prisma/enums";
import { isRecordId } from "@/lib/validation/record-id";

/** Entries on their way to publication: waiting for an editor, or sent back to the reporter. */
const PENDING_STATUSES = ["SUBMITTED", "CHANGES_REQUESTED"] as const satisfies readonly ReviewStatus[];

export type PendingObservations = { submitted: number; changesRequested: number };

/**
 * How many of an official's observations are not yet published. A profile shows the number, never the
 * figures: unreviewed numbers stay out of its history and charts.
 */
export async function countPendingObservations({ viewer, officialId }: { viewer: Viewer; officialId: string }): Promise<PendingObservations> {
  assertCan(viewer, "registry.view");
  if (!isRecordId(officialId)) return { submitted: 0, changesRequested: 0 };
  const groups = await db.observation.groupBy({
    by: ["status"],
    where: { officialId, status: { in: [...PENDING_STATUSES] } },
    _count: { _all: true },
  });
  const count = (status: ReviewStatus) => groups.find((group) => group.status === status)?._count._all ?? 0;
  return { submitted: count("SUBMITTED"), changesRequested: count("CHANGES_REQUESTED") };
}
