import type { AccountKind, AkimatLevel, Attribution, Existence, Platform, PositionTitle, Visibility } from "@/lib/generated/prisma/enums";
import type { Activity } from "./activity";
import type { Openness } from "./openness";
import type { Reach } from "./reach";

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
  lastPostAt: Date | null;
  lastPostAtApproximate: boolean;
  observedAt: Date;
  observedAtApproximate: boolean;
  /** How recently the account had posted when it was observed (lib/domain/activity.ts). */
  activity: Activity;
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

export type Comparison = { asOf: Date; platforms: Platform[]; akimats: ComparisonAkimat[] };

/** One official's public card (lib/data/embed/get-official-card.ts): their posts on the as-of day and their row of the comparison. */
export type OfficialCard = {
  id: string;
  fullName: string;
  fullNameLatin: string | null;
  positions: { title: PositionTitle; portfolio: string | null; akimat: { slug: string; name: string; nameKk: string | null; nameEn: string | null } }[];
  asOf: Date;
  platforms: Platform[];
  cells: ComparisonOfficial["cells"];
  openness: Openness | null;
};
