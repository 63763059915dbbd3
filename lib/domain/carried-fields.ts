/**
 * A repeat survey re-checks some of an account's fields and not others. Each field below is one thing a reporter
 * confirms, changes or leaves "not re-checked"; a field left so keeps the value of the latest approved observation
 * that recorded it, with the date it was last seen (decision 0014). The columns of a field travel together: a count
 * with its raw text and its approximate flag, a date with its link or precision.
 *
 * Existence is not among them: every observation records it, and an account not found now carries nothing.
 */
export const CARRIED_FIELD_COLUMNS = {
  attribution: ["attribution", "attributionNote"],
  visibility: ["visibility"],
  hasAvatar: ["hasAvatar"],
  verifiedBadge: ["verifiedBadge"],
  followers: ["followers", "followersRaw", "followersApproximate"],
  following: ["following", "followingRaw", "followingApproximate"],
  friends: ["friends", "friendsRaw", "friendsApproximate"],
  posts: ["posts", "postsRaw", "postsApproximate"],
  lastPostAt: ["lastPostAt", "lastPostAtPrecision", "lastPostUrl"],
  contentKinds: ["contentKinds"],
  languages: ["languages"],
  commentsOpen: ["commentsOpen"],
  replies: ["replies"],
  liveStreams: ["liveStreams"],
  lastLiveAt: ["lastLiveAt", "lastLiveAtPrecision"],
  personalStories: ["personalStories"],
  likesLevel: ["likesLevel"],
} as const;

export type CarriedField = keyof typeof CARRIED_FIELD_COLUMNS;
export const CARRIED_FIELDS = Object.keys(CARRIED_FIELD_COLUMNS) as CarriedField[];

export function isCarriedField(name: string): name is CarriedField {
  return Object.hasOwn(CARRIED_FIELD_COLUMNS, name);
}

/** Where a carried field's value was last seen: stored per observation in `carriedFields`. */
export type CarriedFrom = { from: string; seenAt: string };
export type CarriedFieldSources = Partial<Record<CarriedField, CarriedFrom>>;

/** How a field of an observation under review stands against what was published before it. */
export type FieldCheck = "changed" | "confirmed" | "notRechecked" | "recorded";

/** The stored `carriedFields` value, read defensively: it is JSON, written only by the resolver. */
export function readCarriedFieldSources(value: unknown): CarriedFieldSources {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  const sources: CarriedFieldSources = {};
  for (const [field, source] of Object.entries(value)) {
    if (!isCarriedField(field) || !source || typeof source !== "object") continue;
    const { from, seenAt } = source as Record<string, unknown>;
    if (typeof from === "string" && typeof seenAt === "string") sources[field] = { from, seenAt };
  }
  return sources;
}
