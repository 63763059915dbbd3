import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import type { AccountKind, Platform } from "@/lib/generated/prisma/enums";
import { PLATFORM_ORDER } from "@/lib/domain/platforms";
import { reachOf, type Reach } from "@/lib/domain/reach";
import { publishedObservationWhere } from "../observations/published";
import { isRecordId } from "@/lib/validation/record-id";

/** The fields an observation's row shows, and those the comparison with the previous one needs. */
const HISTORY_SELECT = {
  id: true,
  platform: true,
  accountId: true,
  observedAt: true,
  observedAtApproximate: true,
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
  lastPostAtApproximate: true,
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
} as const;

type HistoryRow = Awaited<ReturnType<typeof loadRows>>[number];
export type HistoryObservation = HistoryRow & { reach: Reach | null };

/**
 * What the history is about: one registered account, or the searches on a platform that found no account
 * (kept apart so that "searched, not found" reads as a result and never as an account with zero followers).
 */
export type HistorySubject = {
  key: string;
  platform: Platform;
  account: { id: string; kind: AccountKind; label: string | null; handle: string | null } | null;
  /** Newest first. */
  observations: HistoryObservation[];
};

function loadRows(officialId: string) {
  return db.observation.findMany({
    where: { officialId, ...publishedObservationWhere },
    orderBy: [{ observedAt: "desc" }, { createdAt: "desc" }, { id: "asc" }],
    select: HISTORY_SELECT,
  });
}

/**
 * An official's published observations, grouped by account (in the platforms' usual order, every registered
 * account present even before its first observation) and by platform for searches that found nothing.
 * Unpublished entries never appear here: they are counted apart (count-pending-observations).
 */
export async function getObservationHistory({ viewer, officialId }: { viewer: Viewer; officialId: string }): Promise<HistorySubject[]> {
  assertCan(viewer, "registry.view");
  if (!isRecordId(officialId)) return [];
  const [accounts, rows] = await Promise.all([
    db.account.findMany({
      where: { officialId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, platform: true, kind: true, label: true, handle: true },
    }),
    loadRows(officialId),
  ]);

  const subjects: HistorySubject[] = accounts.map(({ platform, ...account }) => ({ key: account.id, platform, account, observations: [] }));
  const byKey = new Map(subjects.map((subject) => [subject.key, subject]));
  for (const row of rows) {
    const key = row.accountId ?? `search-${row.platform}`;
    let subject = byKey.get(key);
    if (!subject) {
      subject = { key, platform: row.platform, account: null, observations: [] };
      subjects.push(subject);
      byKey.set(key, subject);
    }
    subject.observations.push({ ...row, reach: row.existence === "FOUND" ? reachOf(row) : null });
  }

  // Stable sort: accounts keep their registration order within a platform, searches come after them.
  return subjects.sort(
    (a, b) => PLATFORM_ORDER.indexOf(a.platform) - PLATFORM_ORDER.indexOf(b.platform) || Number(a.account === null) - Number(b.account === null),
  );
}
