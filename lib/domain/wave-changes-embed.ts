/**
 * What a change report's public embed lists (issue 16, part 4). An article's reader scrolls a phone, not a table of
 * every official: the embed lists the officials with a change, largest follower move first (the report's order,
 * rankOfficials), up to a graphics desk's cap, and says how many more changed and how many did not, rather than
 * letting a short list pass for the whole.
 */
import type { Platform } from "@/lib/generated/prisma/enums";
import type { AccountChange, AkimatChangeSummary } from "./wave-changes";

/**
 * A side as the public reads it: a wave by its name, or a day. Live while it can still move: an open wave takes
 * new approvals, and so does today; a closed wave and a past day are fixed (decision 0007's "pinned").
 */
/** A side of the change embed. A day's may name the later day of publication its approvals are cut at (decision 0007). */
export type ChangesEmbedSide = ({ kind: "wave"; name: string } | { kind: "date"; day: string; published?: string }) & { live: boolean };

export type ChangesEmbedAccount = Pick<AccountChange, "platform" | "then" | "now" | "changes" | "notRechecked" | "followerChange"> & {
  /** False for a platform where nothing was found on either side: a search, no account. */
  registered: boolean;
  /** The account's name or handle as the registry gives it. */
  label: string | null;
};

type AkimatNames = { name: string; nameKk: string | null; nameEn: string | null };

/** What the change embed writes, and nothing else (lib/data/embed/get-changes-embed.ts reads it). */
export type ChangesEmbedView = {
  from: ChangesEmbedSide;
  to: ChangesEmbedSide;
  /** When it was read: a live side says "updated" that day. */
  asOf: Date;
  platforms: Platform[];
  summaries: { akimat: AkimatNames; summary: AkimatChangeSummary }[];
  listed: { fullName: string; title: string; akimat: AkimatNames; accounts: ChangesEmbedAccount[] }[];
  moreChanged: number;
  unchanged: number;
};

/** Twenty officials fill a phone's screen a few times over: enough for the moves an article is about. */
export const EMBED_LISTED_OFFICIALS = 20;

/**
 * Something to report for this account: a change in words, or a follower count that moved. A count carried
 * without a re-check is no change (lib/domain/wave-changes.ts), so it never lists an official on its own.
 */
export const accountChanged = (change: Pick<AccountChange, "changes" | "followerChange">): boolean =>
  change.changes.length > 0 || (change.followerChange !== null && change.followerChange.delta !== 0);

/**
 * The officials to list, in the order given (the report's ranking, which puts every changed official before the
 * unchanged), at most `cap`; how many more have a change; how many have none between the two sides.
 */
export function shortlistChanges<Row extends { accounts: readonly Pick<AccountChange, "changes" | "followerChange">[] }>(
  rows: readonly Row[],
  cap = EMBED_LISTED_OFFICIALS,
): { listed: Row[]; moreChanged: number; unchanged: number } {
  const changed = rows.filter((row) => row.accounts.some(accountChanged));
  return { listed: changed.slice(0, cap), moreChanged: Math.max(0, changed.length - cap), unchanged: rows.length - changed.length };
}
