import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { PLATFORM_ORDER } from "@/lib/domain/platforms";
import { reachOf } from "@/lib/domain/reach";
import type { AccountKind, Platform } from "@/lib/generated/prisma/enums";
import { isRecordId } from "@/lib/validation/record-id";
import { publishedObservationWhere } from "../observations/published";

export type ReachSeries = {
  account: { id: string; platform: Platform; kind: AccountKind; label: string | null; handle: string | null };
  measure: "followers" | "friends";
  /** Oldest first. `approximate`: the count was rounded or estimated, or the date is. */
  points: { observedAt: Date; value: number; approximate: boolean }[];
};

/**
 * The official's reach over the whole published history, whichever page of the history is shown: one series
 * per account and measure (should an account's count switch between followers and friends, the two are never
 * drawn as one line). Only the few columns a point needs are read, and only observations that found the
 * account with a count: a search that found nothing has no line, rather than a line at zero.
 */
export async function getOfficialReachSeries({ viewer, officialId }: { viewer: Viewer; officialId: string }): Promise<ReachSeries[]> {
  assertCan(viewer, "registry.view");
  if (!isRecordId(officialId)) return [];
  const accounts = await db.account.findMany({
    where: { officialId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      platform: true,
      kind: true,
      label: true,
      handle: true,
      observations: {
        where: { officialId, ...publishedObservationWhere, existence: "FOUND", OR: [{ followers: { not: null } }, { friends: { not: null } }] },
        orderBy: [{ observedAt: "asc" }, { createdAt: "asc" }, { id: "asc" }],
        select: { observedAt: true, followers: true, followersApproximate: true, friends: true, friendsApproximate: true },
      },
    },
  });

  const series: ReachSeries[] = [];
  // Stable sort: accounts keep their registration order within a platform, as in the history below the chart.
  for (const { observations, ...account } of accounts.sort((a, b) => PLATFORM_ORDER.indexOf(a.platform) - PLATFORM_ORDER.indexOf(b.platform))) {
    for (const measure of ["followers", "friends"] as const) {
      const points = observations.flatMap((row) => {
        const reach = reachOf(row);
        // The chart's ≈ is a rounded count only: a date known only to the month is shown at its precision in the
        // history below the chart, with its own mark (decision 0015).
        return reach?.measure === measure ? [{ observedAt: row.observedAt, value: reach.value, approximate: reach.approximate }] : [];
      });
      if (points.length > 0) series.push({ account, measure, points });
    }
  }
  return series;
}
