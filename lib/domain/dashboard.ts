import type { AkimatLevel, Platform } from "@/lib/generated/prisma/enums";
import type { OpennessPart } from "./openness";

/**
 * What the dashboard shows of each akimat: the shapes lib/data/dashboard aggregates in the database and the
 * dashboard's components draw, kept here so that components need not import the data layer.
 */

export type PlatformReach = {
  platform: Platform;
  /** Found accounts with a follower (or friend) count; the total and median are over these. */
  accounts: number;
  total: number;
  median: number;
  /** At least one of the counts is approximate ("about 10 thousand"), so are the total and the median. */
  approximate: boolean;
};

export type AkimatSummary = {
  akimatId: string;
  slug: string;
  name: string;
  nameKk: string | null;
  nameEn: string | null;
  level: AkimatLevel;
  /** Officials in post on the as-of day. */
  officials: number;
  withFoundAccount: number;
  withPublicAccount: number;
  activeWithin90Days: number;
  /** Searched (at least one current observation) and no account found. */
  notFoundAnywhere: number;
  /** Nothing observed at all: not the same as not found. */
  notSurveyed: number;
  /** Officials whose openness index is shown: surveyed, with enough parts assessed. The mean is over these. */
  opennessShown: number;
  /** Surveyed officials whose index is withheld (too few parts assessed): in no mean. */
  opennessWithheld: number;
  /** Mean of the shown indices (each rounded, as shown); null when none is shown. */
  meanOpenness: number | null;
  /**
   * The index's composition: over the officials whose index is shown, the mean share of each part in it
   * (100 × the part's points ÷ that official's assessed maximum; 0 when not assessed). The shares add up to the
   * mean of the unrounded indices, within rounding of meanOpenness. Null when no index is shown.
   */
  opennessParts: { key: OpennessPart; meanShare: number }[] | null;
  /** Platforms with at least one count, in column order. */
  reach: PlatformReach[];
};

export type ActivityPoint = {
  /** The instant: a month's end in the newsroom's zone, or the as-of instant for the last point. */
  at: Date;
  /** Accounts whose current observation is ACTIVE or OCCASIONAL (last post within 90 days of the look). */
  active: number;
  /** Accounts whose current observation found them. */
  found: number;
  /** Accounts with a current observation, whatever it found. */
  known: number;
};

export type AkimatActivity = {
  akimatId: string;
  slug: string;
  name: string;
  nameKk: string | null;
  nameEn: string | null;
  level: AkimatLevel;
  points: ActivityPoint[];
};
