import "server-only";
import { db } from "@/lib/db";
import { asOfToParam } from "@/lib/domain/as-of";
import type { ChangeEndpoint } from "@/lib/domain/wave-changes";
import { EMBED_LISTED_OFFICIALS, shortlistChanges, type ChangesEmbedSide, type ChangesEmbedView } from "@/lib/domain/wave-changes-embed";
import { readPublishedWaveChanges } from "../waves/get-wave-changes";

const names = ({ name, nameKk, nameEn }: { name: string; nameKk: string | null; nameEn: string | null }) => ({ name, nameKk, nameEn });

/**
 * What changed between two waves or days, for an article (issue 16, part 4): the same computation as the
 * newsroom's report (approved data only, readPublishedWaveChanges), narrowed to the akimats chosen, their counts,
 * and the changed officials largest move first, shortlisted. It carries what the embed writes and nothing else: no
 * ids, no links into the newsroom, no wave's methodology note, nobody who recorded or reviewed. Null when a wave
 * named is not there.
 */
export async function getChangesEmbed({
  from,
  to,
  akimatSlugs,
  now = new Date(),
  publishedBy,
}: {
  from: ChangeEndpoint;
  to: ChangeEndpoint;
  akimatSlugs: string[];
  now?: Date;
  /** A day's side: only what had been approved by then (the article's day of publication, decision 0007). */
  publishedBy?: Date;
}): Promise<ChangesEmbedView | null> {
  const report = await readPublishedWaveChanges({ from, to, page: "all", akimatSlugs, publishedBy });
  if (!report) return null;
  const waveIds = [report.from, report.to].flatMap((side) => (side.kind === "wave" ? [side.id] : []));
  const open = new Set((await db.wave.findMany({ where: { id: { in: waveIds }, closedAt: null }, select: { id: true } })).map((wave) => wave.id));
  const today = asOfToParam(now);
  const published = publishedBy && asOfToParam(publishedBy);
  const side = (label: typeof report.from): ChangesEmbedSide =>
    label.kind === "wave"
      ? { kind: "wave", name: label.name, live: open.has(label.id) }
      : { kind: "date", day: label.day, live: label.day >= today, ...(published && published > label.day ? { published } : {}) };
  const { listed, moreChanged, unchanged } = shortlistChanges(report.rows, EMBED_LISTED_OFFICIALS);
  return {
    from: side(report.from),
    to: side(report.to),
    asOf: now,
    platforms: report.platforms,
    summaries: report.summaries.map(({ akimat, summary }) => ({ akimat: names(akimat), summary })),
    listed: listed.map((row) => ({
      fullName: row.fullName,
      title: row.title,
      akimat: names(row.akimat),
      accounts: row.accounts.map(({ platform, then, now: current, changes, notRechecked, followerChange, account }) => ({
        platform,
        then,
        now: current,
        changes,
        notRechecked,
        followerChange,
        registered: account !== null,
        label: account ? (account.label ?? (account.handle ? `@${account.handle}` : null)) : null,
      })),
    })),
    moreChanged,
    unchanged,
  };
}
