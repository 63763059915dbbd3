import "server-only";
import type { Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

/** How many earlier, read decisions the inbox shows under the unread ones. */
const READ_SHOWN = 30;
/**
 * How many unread ones it lists: a page, not a dump (an editor whose import a colleague approved row by row has
 * thousands). The heading counts them all.
 */
export const UNREAD_SHOWN = 100;

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
 * rest, newest first within each; the first UNREAD_SHOWN of them), then the latest read ones. A decision is read
 * once its author opens the observation (markReviewsSeen). Everyone may author, so everyone has an inbox; it only
 * ever lists their own.
 */
export async function listInbox({ viewer }: { viewer: Viewer }) {
  const mine = { observationAuthorId: viewer.id };
  const newestFirst = { orderBy: { createdAt: "desc" }, select: itemSelect } as const;
  // Changes requested first: that is where the reporter has work to do; then the other decisions.
  const [sentBack, otherUnread, unreadTotal, read] = await Promise.all([
    db.review.findMany({ where: { ...mine, seenByAuthorAt: null, decision: "CHANGES_REQUESTED" }, take: UNREAD_SHOWN, ...newestFirst }),
    db.review.findMany({ where: { ...mine, seenByAuthorAt: null, decision: { not: "CHANGES_REQUESTED" } }, take: UNREAD_SHOWN, ...newestFirst }),
    countUnreadInbox({ viewer }),
    db.review.findMany({ where: { ...mine, seenByAuthorAt: { not: null } }, take: READ_SHOWN, ...newestFirst }),
  ]);
  return { unread: [...sentBack, ...otherUnread].slice(0, UNREAD_SHOWN), unreadTotal, read };
}

/** For the navigation: how many decisions on the viewer's observations they have not opened yet. */
export async function countUnreadInbox({ viewer }: { viewer: Viewer }): Promise<number> {
  return db.review.count({ where: { observationAuthorId: viewer.id, seenByAuthorAt: null } });
}
