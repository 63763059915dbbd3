import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { isCarriedField, readCarriedFieldSources, type FieldCheck } from "./carried-fields";
import type { PartialDate } from "./partial-date";

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
  /** The last post's and live stream's precision (lib/domain/partial-date.ts); absent, the day. */
  lastPostAtPrecision?: DatePrecision;
  contentKinds: string[];
  languages: string[];
  commentsOpen: boolean | null;
  replies: string | null;
  liveStreams: boolean | null;
  /** Optional: an official's history does not compare it; the review desk does. */
  lastLiveAt?: Date | null;
  lastLiveAtPrecision?: DatePrecision;
  personalStories: boolean | null;
  likesLevel: string | null;
  /** The fields the reporter left "not re-checked" (lib/domain/carried-fields.ts); absent, every field was checked. */
  uncheckedFields?: readonly string[];
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
  "lastLiveAt",
  "personalStories",
  "likesLevel",
] as const satisfies readonly (keyof ComparableObservation)[];

export type ComparedField = (typeof COMPARED_FIELDS)[number];
/**
 * One field of the observation against the previous published one. `check` says how it stands: changed,
 * confirmed (seen again, the same), not re-checked (its `after` is then the carried `before`: the value stands,
 * not seen again), or recorded (nothing published before to compare with). `changed` is `check === "changed"`.
 */
export type FieldChange = { field: ComparedField; before: unknown; after: unknown; check: FieldCheck; changed: boolean };
export type ReviewFlag = "followersSwing" | "friendsSwing" | "becameClosed" | "becameMissing" | "reappeared";

/** A move of more than a third, up or down, in an audience count. */
export const SWING_RATIO = 1 / 3;

/** A field's value as compared and shown: the last post and live stream as dates at their precision. */
function valueOf(observation: ComparableObservation, field: ComparedField): unknown {
  if (field === "lastPostAt") return observation.lastPostAt ? { date: observation.lastPostAt, precision: observation.lastPostAtPrecision ?? "DAY" } : null;
  if (field === "lastLiveAt") return observation.lastLiveAt ? { date: observation.lastLiveAt, precision: observation.lastLiveAtPrecision ?? "DAY" } : null;
  return observation[field];
}

function isPartialDate(value: unknown): value is PartialDate {
  return typeof value === "object" && value !== null && (value as PartialDate).date instanceof Date;
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  // "2021" and 31 December 2021 are not the same record: the precision is part of the value.
  if (isPartialDate(a) && isPartialDate(b)) return a.date.getTime() === b.date.getTime() && a.precision === b.precision;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && [...a].sort().join() === [...b].sort().join();
  return a === b;
}

function swung(before: number | null, after: number | null): boolean {
  if (before === null || after === null) return false;
  if (before === 0) return after > 0;
  return Math.abs(after - before) / before > SWING_RATIO;
}

/** Whether the reporter left this field not re-checked: only a field that can be carried can be left so. */
export function isUnchecked(observation: Pick<ComparableObservation, "uncheckedFields">, field: string): boolean {
  return isCarriedField(field) && (observation.uncheckedFields ?? []).includes(field);
}

function checkOf(previous: ComparableObservation | null, current: ComparableObservation, field: ComparedField): FieldCheck {
  if (!previous) return "recorded";
  if (isUnchecked(current, field)) return "notRechecked";
  return same(valueOf(previous, field), valueOf(current, field)) ? "confirmed" : "changed";
}

/**
 * The field-by-field comparison and the warnings. A field not re-checked is neither a change nor a warning: the
 * published value stands (decision 0014). Flags: SQL repeats them for the queue's "flagged only" filter
 * (lib/data/observations/review-queue-sql.ts), tested to agree.
 */
export function compareObservations(previous: ComparableObservation | null, current: ComparableObservation): { changes: FieldChange[]; flags: ReviewFlag[] } {
  const changes = COMPARED_FIELDS.map((field): FieldChange => {
    const check = checkOf(previous, current, field);
    const before = previous ? valueOf(previous, field) : undefined;
    return { field, before, after: check === "notRechecked" ? before : valueOf(current, field), check, changed: check === "changed" };
  });
  const flags: ReviewFlag[] = [];
  if (previous) {
    const checked = (field: ComparedField) => !isUnchecked(current, field);
    if (checked("followers") && swung(previous.followers, current.followers)) flags.push("followersSwing");
    if (checked("friends") && swung(previous.friends, current.friends)) flags.push("friendsSwing");
    if (checked("visibility") && previous.visibility === "PUBLIC" && current.visibility === "CLOSED") flags.push("becameClosed");
    if (previous.existence === "FOUND" && current.existence !== "FOUND") flags.push("becameMissing");
    if (previous.existence !== "FOUND" && current.existence === "FOUND") flags.push("reappeared");
  }
  return { changes, flags };
}

/** The fields that changed, in the diff's order: what the queue lists for each entry. */
export function changedFields(previous: ComparableObservation | null, current: ComparableObservation): ComparedField[] {
  return compareObservations(previous, current)
    .changes.filter((change) => change.changed)
    .map((change) => change.field);
}

/**
 * When the previous published observation's value of a field was last seen: the date it carries for that field
 * when it did not re-check it either (its `carriedFields`, written on approval), else its own date.
 */
export function lastSeenAt(previous: { observedAt: Date; carriedFields?: unknown }, field: ComparedField): Date {
  if (!isCarriedField(field)) return previous.observedAt;
  const seenAt = readCarriedFieldSources(previous.carriedFields)[field]?.seenAt;
  const date = seenAt ? new Date(seenAt) : null;
  return date && !Number.isNaN(date.getTime()) ? date : previous.observedAt;
}
