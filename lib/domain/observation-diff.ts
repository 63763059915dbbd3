/**
 * What changed between an account's previous approved observation and the one under review, and which
 * changes are large enough that an editor should look twice before publishing them.
 */
export type ComparableObservation = {
  existence: string;
  visibility: string | null;
  attribution: string | null;
  hasAvatar: boolean | null;
  verifiedBadge: boolean | null;
  followers: number | null;
  following: number | null;
  friends: number | null;
  posts: number | null;
  lastPostAt: Date | null;
  contentKinds: string[];
  languages: string[];
  commentsOpen: boolean | null;
  replies: string | null;
  liveStreams: boolean | null;
  personalStories: boolean | null;
  likesLevel: string | null;
};

export const COMPARED_FIELDS = [
  "existence",
  "visibility",
  "attribution",
  "hasAvatar",
  "verifiedBadge",
  "followers",
  "following",
  "friends",
  "posts",
  "lastPostAt",
  "contentKinds",
  "languages",
  "commentsOpen",
  "replies",
  "liveStreams",
  "personalStories",
  "likesLevel",
] as const satisfies readonly (keyof ComparableObservation)[];

export type ComparedField = (typeof COMPARED_FIELDS)[number];
export type FieldChange = { field: ComparedField; before: unknown; after: unknown; changed: boolean };
export type ReviewFlag = "followersSwing" | "friendsSwing" | "becameClosed" | "becameMissing" | "reappeared";

/** A move of more than a third, up or down, in an audience count. */
export const SWING_RATIO = 1 / 3;

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && [...a].sort().join() === [...b].sort().join();
  return a === b;
}

function swung(before: number | null, after: number | null): boolean {
  if (before === null || after === null) return false;
  if (before === 0) return after > 0;
  return Math.abs(after - before) / before > SWING_RATIO;
}

export function compareObservations(previous: ComparableObservation | null, current: ComparableObservation): { changes: FieldChange[]; flags: ReviewFlag[] } {
  const changes = COMPARED_FIELDS.map((field) => ({
    field,
    before: previous ? previous[field] : undefined,
    after: current[field],
    changed: previous !== null && !same(previous[field], current[field]),
  }));
  const flags: ReviewFlag[] = [];
  if (previous) {
    if (swung(previous.followers, current.followers)) flags.push("followersSwing");
    if (swung(previous.friends, current.friends)) flags.push("friendsSwing");
    if (previous.visibility === "PUBLIC" && current.visibility === "CLOSED") flags.push("becameClosed");
    if (previous.existence === "FOUND" && current.existence !== "FOUND") flags.push("becameMissing");
    if (previous.existence !== "FOUND" && current.existence === "FOUND") flags.push("reappeared");
  }
  return { changes, flags };
}
