import "server-only";
import type { Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { ReviewDecision } from "@/lib/generated/prisma/enums";

/** How many earlier, read decisions the inbox shows under the unread ones. */
const READ_SHOWN = 30;
/** Changes requested first: that is where the reporter has work to do; then the other decisions. */
const DECISION_ORDER: Record<ReviewDecision, number> = { CHANGES_REQUESTED: 0, REJECTED: 1, RETRACTED: 2, APPROVED: 3 };

const itemSelect = {
  id: true,
  decision: true,
  comment: true,
  createdAt: true,
  seenByAuthorAt: true,
  editor: { select: { name: true } },
  observation: { select: { id: true, platform: true, observedAt: true, status: true, official: { select: { fullName: true } } } },
} as const;

/**
 * A reporter's inbox: the editors' decisions on what they wrote. Unread ones first (changes requested before the
 * rest, newest first within each), then the latest read ones. A decision is read once its author opens the
 * observation (markReviewsSeen). Everyone may author, so everyone has an inbox; it only ever lists their own.
 */
export async function listInbox({ viewer }: { viewer: Viewer }) {
  const mine = { observation: { authorId: viewer.id } };
  const [unread, read] = await Promise.all([
    db.review.findMany({ where: { ...mine, seenByAuthorAt: null }, orderBy: { createdAt: "desc" }, select: itemSelect }),
    db.review.findMany({ where: { ...mine, seenByAuthorAt: { not: null } }, orderBy: { createdAt: "desc" }, take: READ_SHOWN, select: itemSelect }),
  ]);
  unread.sort((a, b) => DECISION_ORDER[a.decision] - DECISION_ORDER[b.decision] || b.createdAt.getTime() - a.createdAt.getTime());
  return { unread, read };
}

export type InboxItem = Awaited<ReturnType<typeof listInbox>>["unread"][number];

/** For the navigation: how many decisions on the viewer's observations they have not opened yet. */
export async function countUnreadInbox({ viewer }: { viewer: Viewer }): Promise<number> {
  return db.review.count({ where: { observation: { authorId: viewer.id }, seenByAuthorAt: null } });
}
