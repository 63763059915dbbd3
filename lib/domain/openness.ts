/**
 * The openness index of an official, 0–100, from what their current observations (every platform) show. Each of
 * six parts is either assessed (points earned of its maximum) or not assessed (nothing recorded that settles it):
 * an unknown is never a 0 and never full marks. The index is the points earned over the assessed parts' maxima,
 * scaled to 100, always shown with how many parts were assessed, and withheld below OPENNESS_MIN_ASSESSED_PARTS.
 * Each part names the platforms that earned it, so that a "public" earned on Facebook is never read beside a
 * closed Instagram as if it were Instagram's. The SQL of the dashboard builds its expressions from these same
 * constants (lib/data/dashboard/definitions-sql.ts). See docs/decisions/0013 and docs/methodology.md.
 */
import type { Attribution, ContentKind, Existence, Platform, ReplyFrequency, Visibility } from "@/lib/generated/prisma/enums";
import { sortPlatforms } from "./platforms";

/** Points for the best visibility among the official's credited accounts. */
export const OPENNESS_VISIBILITY_POINTS: Record<Visibility, number> = { PUBLIC: 20, PARTIAL: 10, CLOSED: 0 };
/** Points for the best reply habit among the official's credited accounts. */
export const OPENNESS_REPLY_POINTS: Record<ReplyFrequency, number> = { REGULARLY: 20, SOMETIMES: 10, NEVER: 0 };
/** Content that shows the person, not only the office. */
export const PERSONAL_CONTENT_KINDS: readonly ContentKind[] = ["PERSONAL_LIFE", "FAMILY"];
/** Recorded grounds that an account is the official's; UNCERTAIN is a recorded doubt, no value is no record. */
export const ATTRIBUTION_GROUNDS: readonly Attribution[] = ["CONFIRMED", "VERIFIED_BADGE", "SELF_DECLARED", "LIKELY"];
/**
 * Below this many assessed parts the index is withheld ("not enough assessed"). "found" is always assessed, so
 * three parts are worth at most 50 of the 100 points and four at least 60: from four on, most of the index was
 * looked at. Three (found, public, personal) is what a glance at a profile page gives; it says nothing of
 * whether the official answers people or appears live, and would read as openness all the same.
 */
export const OPENNESS_MIN_ASSESSED_PARTS = 4;

/** The parts, in the order they are shown, with their maximum points (they add up to 100). */
export const OPENNESS_PARTS = [
  { key: "found", max: 10 },
  { key: "attributed", max: 10 },
  { key: "public", max: OPENNESS_VISIBILITY_POINTS.PUBLIC },
  { key: "personal", max: 20 },
  { key: "replies", max: OPENNESS_REPLY_POINTS.REGULARLY },
  { key: "liveStreams", max: 20 },
] as const;

export type OpennessPart = (typeof OPENNESS_PARTS)[number]["key"];
export const OPENNESS_MAX: Record<OpennessPart, number> = Object.fromEntries(OPENNESS_PARTS.map((part) => [part.key, part.max])) as Record<
  OpennessPart,
  number
>;

/** A part: `points` earned of `max`, or null when it was not assessed (it counts toward neither). */
export type OpennessPartScore = { key: OpennessPart; max: number; points: number | null };
/** A part as shown: with the platforms of the accounts that earned its points (empty when it earned none). */
export type OpennessPartShown = OpennessPartScore & { platforms: Platform[] };

export type OpennessScore<Part extends OpennessPartScore = OpennessPartScore> = {
  /** 0–100, rounded; null when withheld (fewer than OPENNESS_MIN_ASSESSED_PARTS parts assessed). */
  score: number | null;
  assessedParts: number;
  /** Points earned, and the maxima of the assessed parts they are out of (score = 100 × earned ÷ assessedMax). */
  earned: number;
  assessedMax: number;
  parts: Part[];
};
export type Openness = OpennessScore<OpennessPartShown>;

/** One current observation of the official: an account's latest, or a search that found nothing. */
export type OpennessInput = {
  platform: Platform;
  existence: Existence;
  attribution: Attribution | null;
  visibility: Visibility | null;
  contentKinds: readonly ContentKind[];
  personalStories: boolean | null;
  replies: ReplyFrequency | null;
  liveStreams: boolean | null;
};

/**
 * Credited to the official: found, and the reporter recorded no doubt about whose it is. An account found under
 * the official's name with no attribution recorded is credited (the "attributed" part is then not assessed);
 * one of UNCERTAIN attribution is not: we do not credit an official with someone else's openness.
 */
export function isCredited(o: Pick<OpennessInput, "existence" | "attribution">): boolean {
  return o.existence === "FOUND" && o.attribution !== "UNCERTAIN";
}

export function showsPersonalContent(o: Pick<OpennessInput, "contentKinds" | "personalStories">): boolean {
  return o.personalStories === true || o.contentKinds.some((kind) => PERSONAL_CONTENT_KINDS.includes(kind));
}

/**
 * Each part's value for one observation (points, or null when it does not say), and which observations the
 * part is taken over. The SQL twins are in lib/data/dashboard/definitions-sql.ts.
 */
const PART_RULES: Record<OpennessPart, { over: (o: OpennessInput) => boolean; value: (o: OpennessInput) => number | null }> = {
  found: { over: () => true, value: (o) => (o.existence === "FOUND" ? OPENNESS_MAX.found : 0) },
  attributed: {
    over: (o) => o.existence === "FOUND",
    value: (o) => (o.attribution === null ? null : ATTRIBUTION_GROUNDS.includes(o.attribution) ? OPENNESS_MAX.attributed : 0),
  },
  public: { over: isCredited, value: (o) => (o.visibility === null ? null : OPENNESS_VISIBILITY_POINTS[o.visibility]) },
  personal: { over: isCredited, value: personalValue },
  replies: { over: isCredited, value: (o) => (o.replies === null ? null : OPENNESS_REPLY_POINTS[o.replies]) },
  liveStreams: { over: isCredited, value: (o) => (o.liveStreams === null ? null : o.liveStreams ? OPENNESS_MAX.liveStreams : 0) },
};

/**
 * Personal content the public can see: none behind a closed account; seen on a public or partly visible one;
 * unknown when it is there but the visibility was not recorded, or when what the account publishes was not
 * recorded at all (no content kinds, no personal stories).
 */
function personalValue(o: OpennessInput): number | null {
  if (o.visibility === "CLOSED") return 0;
  if (showsPersonalContent(o)) return o.visibility === null ? null : OPENNESS_MAX.personal;
  return o.contentKinds.length > 0 ? 0 : null;
}

/**
 * A part is the best value over its observations, and is assessed only when that best is certain: some
 * observation reached the part's maximum, or every one of them was assessed for it. No observation to take it
 * over (nothing found, or nothing credited) is a 0: there is no account of the official's to be open.
 */
export function bestCertain(values: readonly (number | null)[], max: number): number | null {
  if (values.includes(max)) return max;
  if (values.includes(null)) return null;
  return values.reduce<number>((a, b) => Math.max(a, b ?? 0), 0);
}

/** The index from its parts: shared by the TypeScript rules and the figures the database computes. */
export function opennessScore<Part extends OpennessPartScore>(parts: Part[]): OpennessScore<Part> {
  const assessed = parts.filter((part) => part.points !== null);
  const earned = assessed.reduce((sum, part) => sum + part.points!, 0);
  const assessedMax = assessed.reduce((sum, part) => sum + part.max, 0);
  const score = assessed.length >= OPENNESS_MIN_ASSESSED_PARTS ? Math.round((100 * earned) / assessedMax) : null;
  return { score, assessedParts: assessed.length, earned, assessedMax, parts };
}

/** Null when nothing was observed at all (not surveyed), which is not the same as a 0 (searched, found nothing). */
export function opennessOf(observations: readonly OpennessInput[]): Openness | null {
  if (observations.length === 0) return null;
  return opennessScore(
    OPENNESS_PARTS.map(({ key, max }) => {
      const rule = PART_RULES[key];
      const over = observations.filter(rule.over).map((o) => ({ platform: o.platform, value: rule.value(o) }));
      const points = bestCertain(
        over.map((o) => o.value),
        max,
      );
      const platforms = points ? sortPlatforms(over.filter((o) => o.value === points).map((o) => o.platform)) : [];
      return { key, max, points, platforms };
    }),
  );
}

/** The parts left unassessed, in the order shown. */
export function notAssessedParts(openness: OpennessScore): OpennessPart[] {
  return openness.parts.filter((part) => part.points === null).map((part) => part.key);
}
