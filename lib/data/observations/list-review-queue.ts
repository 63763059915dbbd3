import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { compareObservations, type ComparedField, type ReviewFlag } from "@/lib/domain/observation-diff";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Existence, Platform } from "@/lib/generated/prisma/enums";
import { REVIEW_QUEUE_PAGE_SIZE } from "@/lib/validation/review-queue-filter";
import { previousApprovedSql, reviewQueueOrderSql, reviewQueueWhereSql, type ReviewQueueFilter } from "./review-queue-sql";

export type { ReviewQueueFilter } from "./review-queue-sql";

/** The columns the comparison reads, of an entry and of its previous published observation. */
const COMPARED_SELECT = {
  id: true,
  existence: true,
  visibility: true,
  attribution: true,
  hasAvatar: true,
  verifiedBadge: true,
  followers: true,
  following: true,
  friends: true,
  posts: true,
  lastPostAt: true,
  contentKinds: true,
  languages: true,
  commentsOpen: true,
  replies: true,
  liveStreams: true,
  lastLiveAt: true,
  personalStories: true,
  likesLevel: true,
  uncheckedFields: true,
} as const satisfies Prisma.ObservationSelect;

const ENTRY_SELECT = {
  ...COMPARED_SELECT,
  platform: true,
  observedAt: true,
  submittedAt: true,
  authorId: true,
  author: { select: { name: true } },
  account: { select: { label: true, handle: true } },
  official: {
    select: {
      id: true,
      fullName: true,
      positions: {
        where: { endedOn: null },
        orderBy: { createdAt: "asc" },
        select: { akimat: { select: { id: true, name: true, nameKk: true, nameEn: true } } },
      },
    },
  },
} as const satisfies Prisma.ObservationSelect;

/** One line of the queue: who, where, when, by whom, and what moved against the published record. */
export type ReviewQueueEntry = {
  id: string;
  platform: Platform;
  observedAt: Date;
  submittedAt: Date | null;
  existence: Existence;
  official: { id: string; fullName: string };
  akimats: { id: string; name: string; nameKk: string | null; nameEn: string | null }[];
  account: { label: string | null; handle: string | null } | null;
  author: { id: string; name: string };
  /** False when nothing of this account (or search) was published before: a new account. */
  hasPrevious: boolean;
  /** The fields that changed against the previous published observation, in the diff's order. */
  changed: ComparedField[];
  /** How many fields the reporter left not re-checked. */
  notRechecked: number;
  flags: ReviewFlag[];
};

export type ReviewQueuePage = {
  entries: ReviewQueueEntry[];
  /** Entries under the filter, all pages. */
  total: number;
  /** The page shown: the one asked for, clamped to 1…pageCount. */
  page: number;
  /** At least 1, even for an empty queue. */
  pageCount: number;
  pageSize: number;
};

/**
 * One page of the queue: submitted observations, first submitted first, under the filter, with what changed in
 * each. The page's ids and the total come from the queue's partial index alone (a deep page skips index
 * entries, not rows), then one statement finds the previous publication of the page's rows, then one read of
 * those rows and their previous ones: a fixed number of statements, whatever the page holds.
 */
export async function listReviewQueue({
  viewer,
  filter = {},
  page: requested = 1,
  pageSize = REVIEW_QUEUE_PAGE_SIZE,
}: {
  viewer: Viewer;
  filter?: ReviewQueueFilter;
  page?: number;
  pageSize?: number;
}): Promise<ReviewQueuePage> {
  assertCan(viewer, "review.queue");
  const where = reviewQueueWhereSql(filter);
  // The page's ids and the count of all, in one pass over what the filter selects: with "flagged only", each
  // waiting observation is compared once, not once to count and again to page.
  const idsOf = (page: number) =>
    db.$queryRaw<{ id: string; total: number }[]>(Prisma.sql`
      SELECT o.id, count(*) OVER ()::int AS total
      FROM "observations" o
      WHERE ${where}
      ORDER BY ${reviewQueueOrderSql}
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`);
  let page = Number.isFinite(requested) ? Math.max(1, Math.floor(requested)) : 1;
  let onPage = await idsOf(page);
  let total = onPage[0]?.total ?? 0;
  if (onPage.length === 0 && page > 1) {
    // Past the last page (or the queue emptied meanwhile): show the last one.
    const [counted] = await db.$queryRaw<{ total: number }[]>(Prisma.sql`SELECT count(*)::int AS total FROM "observations" o WHERE ${where}`);
    total = counted?.total ?? 0;
    page = Math.max(1, Math.ceil(total / pageSize));
    if (total > 0) onPage = await idsOf(page);
  }
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  if (onPage.length === 0) return { entries: [], total, page: 1, pageCount, pageSize };

  // Each row of the page, and only those, probes for its previous publication.
  const previousOf = new Map(
    (
      await db.$queryRaw<{ id: string; previousId: string | null }[]>(Prisma.sql`
        SELECT o.id, prev.id AS "previousId"
        FROM "observations" o
        LEFT JOIN LATERAL ${previousApprovedSql(Prisma.sql`p.id`)} prev ON true
        WHERE o.id = ANY(${onPage.map((row) => row.id)}::text[])`)
    ).map((row) => [row.id, row.previousId]),
  );
  const ranked = onPage.map(({ id }) => ({ id, previousId: previousOf.get(id) ?? null }));
  const previousIds = ranked.map((row) => row.previousId).filter((id): id is string => id !== null);
  const [rows, previousRows] = await Promise.all([
    db.observation.findMany({ where: { id: { in: ranked.map((row) => row.id) } }, select: ENTRY_SELECT }),
    previousIds.length > 0 ? db.observation.findMany({ where: { id: { in: previousIds } }, select: COMPARED_SELECT }) : [],
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const previousById = new Map(previousRows.map((row) => [row.id, row]));

  const entries = ranked.flatMap(({ id, previousId }): ReviewQueueEntry[] => {
    const row = byId.get(id);
    // Decided between the two reads: it has left the queue.
    if (!row) return [];
    const previous = (previousId && previousById.get(previousId)) || null;
    const { changes, flags } = compareObservations(previous, row);
    return [
      {
        id,
        platform: row.platform,
        observedAt: row.observedAt,
        submittedAt: row.submittedAt,
        existence: row.existence,
        official: { id: row.official.id, fullName: row.official.fullName },
        akimats: [...new Map(row.official.positions.map(({ akimat }) => [akimat.id, akimat])).values()],
        account: row.account,
        author: { id: row.authorId, name: row.author.name },
        hasPrevious: previous !== null,
        changed: changes.filter((change) => change.changed).map((change) => change.field),
        notRechecked: changes.filter((change) => change.check === "notRechecked").length,
        flags,
      },
    ];
  });
  return { entries, total, page, pageCount, pageSize };
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
