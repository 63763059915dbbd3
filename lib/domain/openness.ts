/**
 * The openness index of an official, 0–100, from what their current observations (every platform) show. The
 * parts are shown beside the score, always: a 40 made of "found, attributed, public" reads differently from a
 * 40 made of "replies and live streams". The SQL of the dashboard builds its CASE expressions from these same
 * constants (lib/data/dashboard/openness-sql.ts). See docs/decisions/0006 and docs/methodology.md.
 */
import type { Attribution, ContentKind, Existence, ReplyFrequency, Visibility } from "@/lib/generated/prisma/enums";

/** Points for the best visibility among found, attributed accounts. */
export const OPENNESS_VISIBILITY_POINTS: Record<Visibility, number> = { PUBLIC: 20, PARTIAL: 10, CLOSED: 0 };
/** Points for the best reply habit among found, attributed accounts; none recorded counts as NEVER. */
export const OPENNESS_REPLY_POINTS: Record<ReplyFrequency, number> = { REGULARLY: 20, SOMETIMES: 10, NEVER: 0 };
/** Content that shows the person, not only the office. */
export const PERSONAL_CONTENT_KINDS: readonly ContentKind[] = ["PERSONAL_LIFE", "FAMILY"];

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

export type OpennessPartScore = { key: OpennessPart; points: number; max: number };
export type Openness = { score: number; parts: OpennessPartScore[] };

/** One current observation of the official: an account's latest, or a search that found nothing. */
export type OpennessInput = {
  existence: Existence;
  attribution: Attribution | null;
  visibility: Visibility | null;
  contentKinds: readonly ContentKind[];
  personalStories: boolean | null;
  replies: ReplyFrequency | null;
  liveStreams: boolean | null;
};

/** The reporter raised no doubt (null) or gave grounds: anything but UNCERTAIN counts as the official's. */
export function isAttributed(attribution: Attribution | null): boolean {
  return attribution !== "UNCERTAIN";
}

export function showsPersonalContent(o: Pick<OpennessInput, "contentKinds" | "personalStories">): boolean {
  return o.personalStories === true || o.contentKinds.some((kind) => PERSONAL_CONTENT_KINDS.includes(kind));
}

const best = (values: number[]) => values.reduce((a, b) => Math.max(a, b), 0);

/** Null when nothing was observed at all (not surveyed), which is not the same as a 0 (searched, found nothing). */
export function opennessOf(observations: readonly OpennessInput[]): Openness | null {
  if (observations.length === 0) return null;
  const found = observations.filter((o) => o.existence === "FOUND");
  const attributed = found.filter((o) => isAttributed(o.attribution));
  const points: Record<OpennessPart, number> = {
    found: found.length > 0 ? OPENNESS_MAX.found : 0,
    attributed: attributed.length > 0 ? OPENNESS_MAX.attributed : 0,
    public: best(attributed.map((o) => (o.visibility ? OPENNESS_VISIBILITY_POINTS[o.visibility] : 0))),
    personal: attributed.some((o) => o.visibility !== "CLOSED" && showsPersonalContent(o)) ? OPENNESS_MAX.personal : 0,
    replies: best(attributed.map((o) => (o.replies ? OPENNESS_REPLY_POINTS[o.replies] : 0))),
    liveStreams: attributed.some((o) => o.liveStreams === true) ? OPENNESS_MAX.liveStreams : 0,
  };
  const parts = OPENNESS_PARTS.map(({ key, max }) => ({ key, points: points[key], max }));
  return { score: parts.reduce((sum, part) => sum + part.points, 0), parts };
}
