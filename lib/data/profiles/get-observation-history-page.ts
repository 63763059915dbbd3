import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { PLATFORM_ORDER } from "@/lib/domain/platforms";
import { reachOf, type Reach } from "@/lib/domain/reach";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AccountKind, Platform } from "@/lib/generated/prisma/enums";
import { HISTORY_PAGE_SIZE } from "@/lib/validation/profile-page";
import { isRecordId } from "@/lib/validation/record-id";
import { publishedObservationSql, publishedObservationWhere } from "../observations/published";

/** The fields an observation's row shows, and those the comparison with the previous one needs. */
const HISTORY_SELECT = {
  id: true,
  platform: true,
  accountId: true,
  observedAt: true,
  observedAtPrecision: true,
  existence: true,
  visibility: true,
  attribution: true,
  hasAvatar: true,
  verifiedBadge: true,
  followers: true,
  followersApproximate: true,
  following: true,
  friends: true,
  friendsApproximate: true,
  posts: true,
  lastPostAt: true,
  lastPostAtPrecision: true,
  contentKinds: true,
  languages: true,
  commentsOpen: true,
  replies: true,
  liveStreams: true,
  personalStories: true,
  likesLevel: true,
  evidence: {
    // Only screenshots that have a thumbnail: the strip asks for `?size=thumb`, which needs one.
    where: { kind: "SCREENSHOT", thumbnailKey: { not: null } },
    orderBy: { createdAt: "asc" },
    select: { id: true, caption: true },
  },
} as const satisfies Prisma.ObservationSelect;

type HistoryRow = Prisma.ObservationGetPayload<{ select: typeof HISTORY_SELECT }>;
export type HistoryObservation = HistoryRow & { reach: Reach | null };

/**
 * What the history is about: one registered account, or the searches on a platform that found no account
 * (kept apart so that "searched, not found" reads as a result and never as an account with zero followers).
 */
export type HistorySubject = {
  key: string;
  platform: Platform;
  account: { id: string; kind: AccountKind; label: string | null; handle: string | null } | null;
  /** This page's observations of the subject, newest first. */
  observations: HistoryObservation[];
  /** The subject's observation just before the oldest one on this page (on a later page), so that its "what changed" still compares. */
  previous: HistoryObservation | null;
};

export type ObservationHistoryPage = {
  subjects: HistorySubject[];
  /** Published observations of the official, all pages. */
  total: number;
  /** The page shown: the one asked for, clamped to 1…pageCount. */
  page: number;
  /** At least 1, even for an empty history. */
  pageCount: number;
  pageSize: number;
};

/** A subject's key: the account, or the platform for searches that found none (as in the SQL below). */
const subjectKey = (row: { accountId: string | null; platform: Platform }) => row.accountId ?? `search-${row.platform}`;

/**
 * One page of an official's published observations, newest first across all accounts, the page's rows then
 * grouped by account (in the platforms' usual order) and by platform for searches that found nothing. A page
 * past the last shows the last. Accounts never observed are listed on the first page only, as "nothing yet".
 * Unpublished entries never appear here: they are counted apart (count-pending-observations).
 */
export async function getObservationHistoryPage({
  viewer,
  officialId,
  page: requested = 1,
  pageSize = HISTORY_PAGE_SIZE,
}: {
  viewer: Viewer;
  officialId: string;
  page?: number;
  pageSize?: number;
}): Promise<ObservationHistoryPage> {
  assertCan(viewer, "registry.view");
  if (!isRecordId(officialId)) return { subjects: [], total: 0, page: 1, pageCount: 1, pageSize };
  const published = { officialId, ...publishedObservationWhere };
  const [total, accounts] = await Promise.all([
    db.observation.count({ where: published }),
    db.account.findMany({
      where: { officialId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, platform: true, kind: true, label: true, handle: true, _count: { select: { observations: { where: published } } } },
    }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Number.isFinite(requested) ? Math.min(Math.max(1, Math.floor(requested)), pageCount) : 1;

  // The page's ids in the history's order, each with the id of its subject's next older observation, which
  // may sit on a later page: the window sees the whole history, the LIMIT keeps only the page.
  const ranked =
    total === 0
      ? []
      : await db.$queryRaw<{ id: string; previousId: string | null }[]>(Prisma.sql`
          SELECT r.id, r.previous_id AS "previousId"
          FROM (
            SELECT o.id, o."observedAt", o."createdAt",
              LEAD(o.id) OVER (
                PARTITION BY COALESCE(o."accountId", 'search-' || o."platform"::text)
                ORDER BY o."observedAt" DESC, o."createdAt" DESC, o.id ASC
              ) AS previous_id
            FROM "observations" o
            WHERE o."officialId" = ${officialId} AND ${publishedObservationSql}
          ) r
          ORDER BY r."observedAt" DESC, r."createdAt" DESC, r.id ASC
          LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`);
  const onPage = new Set(ranked.map((row) => row.id));
  const boundary = ranked.map((row) => row.previousId).filter((id): id is string => id !== null && !onPage.has(id));
  const rows = ranked.length === 0 ? [] : await db.observation.findMany({ where: { id: { in: [...onPage, ...boundary] } }, select: HISTORY_SELECT });
  const byId = new Map(rows.map((row) => [row.id, { ...row, reach: row.existence === "FOUND" ? reachOf(row) : null }]));

  const subjects = new Map<string, HistorySubject>();
  for (const { id: accountId, platform, _count, ...account } of accounts) {
    if (page === 1 && _count.observations === 0)
      subjects.set(accountId, { key: accountId, platform, account: { id: accountId, ...account }, observations: [], previous: null });
  }
  for (const { id, previousId } of ranked) {
    const row = byId.get(id)!;
    const key = subjectKey(row);
    let subject = subjects.get(key);
    if (!subject) {
      const registered = accounts.find((account) => account.id === row.accountId);
      const account = registered ? { id: registered.id, kind: registered.kind, label: registered.label, handle: registered.handle } : null;
      subject = { key, platform: row.platform, account, observations: [], previous: null };
      subjects.set(key, subject);
    }
    subject.observations.push(row);
    // Rows come newest first: the last one seen for a subject is its oldest here, and its previous is the boundary.
    subject.previous = previousId && !onPage.has(previousId) ? byId.get(previousId)! : null;
  }

  const order = (subject: HistorySubject) => (subject.account ? accounts.findIndex((account) => account.id === subject.account!.id) : accounts.length);
  const sorted = [...subjects.values()].sort((a, b) => PLATFORM_ORDER.indexOf(a.platform) - PLATFORM_ORDER.indexOf(b.platform) || order(a) - order(b));
  return { subjects: sorted, total, page, pageCount, pageSize };
}
