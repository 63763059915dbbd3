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
  /** Mean over surveyed officials; null when none is. */
  meanOpenness: number | null;
  /** Mean points of each openness part over surveyed officials (the index's composition); null when none is. */
  opennessParts: { key: OpennessPart; meanPoints: number; max: number }[] | null;
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

export type AkimatActivity = { akimatId: string; slug: string; name: string; nameKk: string | null; nameEn: string | null; level: AkimatLevel; points: ActivityPoint[] };
