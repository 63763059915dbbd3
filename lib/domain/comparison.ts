import type { AccountKind, AkimatLevel, Attribution, DatePrecision, Existence, Platform, PositionTitle, Visibility } from "@/lib/generated/prisma/enums";
import type { Activity } from "./activity";
import type { CarriedField } from "./carried-fields";
import type { Openness } from "./openness";
import type { Reach } from "./reach";

/** The carried fields a comparison cell shows: reach, closed, activity (from the last post) and attribution. */
export const SHOWN_IN_A_CELL = ["followers", "friends", "visibility", "lastPostAt", "attribution"] as const satisfies readonly CarriedField[];
export type ShownInACell = (typeof SHOWN_IN_A_CELL)[number];

/** The comparison of akimats' officials per platform, as the dashboard and the embed show it. */
export type ComparisonCell = {
  accountId: string | null;
  accountLabel: string | null;
  handle: string | null;
  url: string | null;
  kind: AccountKind | null;
  existence: Existence;
  visibility: Visibility | null;
  attribution: Attribution | null;
  reach: Reach | null;
  /** The last day of its period when known only to the month or the year (lib/domain/partial-date.ts). */
  lastPostAt: Date | null;
  lastPostAtPrecision: DatePrecision;
  observedAt: Date;
  observedAtPrecision: DatePrecision;
  /** How recently the account had posted when it was observed (lib/domain/activity.ts). */
  activity: Activity;
  /**
   * Fields shown in the cell that this observation did not re-check, each with when it was last seen, which is
   * earlier than `observedAt` (decision 0014). Empty when everything shown was seen at `observedAt`.
   */
  seenEarlier: { field: ShownInACell; seenAt: Date }[];
  /** The observation is older than STALE_AFTER_DAYS relative to the as-of date. */
  stale: boolean;
};

export type ComparisonOfficial = {
  id: string;
  fullName: string;
  title: PositionTitle;
  portfolio: string | null;
  cells: Partial<Record<Platform, ComparisonCell[]>>;
  /** From the official's current observations on every platform, whatever columns are shown; null: not surveyed. */
  openness: Openness | null;
};

export type ComparisonAkimat = {
  id: string;
  slug: string;
  name: string;
  nameKk: string | null;
  nameEn: string | null;
  level: AkimatLevel;
  officials: ComparisonOfficial[];
};

/** A survey wave the view stands at instead of a day (issue 16, part 5): what it published, by its close if closed. */
export type ComparisonWave = { id: string; name: string; closedAt: Date | null };

export type Comparison = {
  asOf: Date;
  wave?: ComparisonWave;
  /** Only what had been approved by this instant (an article's pinned embed, decision 0007); absent: approved now. */
  publishedBy?: Date;
  platforms: Platform[];
  akimats: ComparisonAkimat[];
};

/** One official's public card (lib/data/embed/get-official-card.ts): their posts on the as-of day and their row of the comparison. */
export type OfficialCard = {
  id: string;
  fullName: string;
  fullNameLatin: string | null;
  positions: { title: PositionTitle; portfolio: string | null; akimat: { slug: string; name: string; nameKk: string | null; nameEn: string | null } }[];
  asOf: Date;
  wave?: ComparisonWave;
  publishedBy?: Date;
  platforms: Platform[];
  cells: ComparisonOfficial["cells"];
  openness: Openness | null;
};

/** A cell's not-re-checked fields grouped by the day they were last seen, oldest first: usually one group. */
export function seenEarlierGroups(seenEarlier: ComparisonCell["seenEarlier"]): { fields: ShownInACell[]; seenAt: Date }[] {
  const groups = new Map<number, { fields: ShownInACell[]; seenAt: Date }>();
  for (const { field, seenAt } of seenEarlier) {
    const group = groups.get(seenAt.getTime()) ?? { fields: [], seenAt };
    group.fields.push(field);
    groups.set(seenAt.getTime(), group);
  }
  return [...groups.values()].sort((a, b) => a.seenAt.getTime() - b.seenAt.getTime());
}
