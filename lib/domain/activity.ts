/**
 * Activity of an account, from one observation: how recently it had posted on the day a reporter looked.
 * Measured to the observation's own day, not to the as-of date: beyond the day someone looked we know nothing,
 * and a verdict that decayed with nobody looking would call every account "abandoned" in two years. How old the
 * look itself is, relative to the as-of date, is a separate mark: staleness. See docs/decisions/0006.
 *
 * A last post known only to the month or the year counts as the last day of that month or year ("last tagged in
 * 2021" is 31 December 2021): the latest it can be, so that an account is never called more abandoned than the
 * facts allow. That day is how a partial date is stored (decision 0015), so the dashboard's SQL, which reads the
 * stored day, applies the same rule. A period that ends after the look (a post "in 2024", seen in August 2024)
 * counts as the day of the look: the post was no later than that.
 */
import type { DatePrecision, Existence, Visibility } from "@/lib/generated/prisma/enums";
import { startOfNewsroomDay } from "./as-of";
import { periodEnd } from "./partial-date";
import { newsroomDay } from "./time";

export type Activity = "ACTIVE" | "OCCASIONAL" | "DORMANT" | "ABANDONED" | "CLOSED" | "NOT_FOUND" | "UNKNOWN";

/** Upper bounds, in whole days from the last post to the day of the observation (inclusive). */
export const ACTIVITY_THRESHOLD_DAYS = { ACTIVE: 30, OCCASIONAL: 90, DORMANT: 730 } as const;

/** "Active in the last 90 days" in the summaries: the last post within 90 days of the look. */
export const RECENTLY_ACTIVE: readonly Activity[] = ["ACTIVE", "OCCASIONAL"];

/** An observation older than this, relative to the as-of date, is marked stale. */
export const STALE_AFTER_DAYS = 180;

const DAY_MS = 24 * 60 * 60 * 1000;

export type ActivityInput = {
  existence: Existence;
  visibility: Visibility | null;
  /** A calendar day (UTC midnight, as Prisma returns a `@db.Date`). */
  lastPostAt: Date | null;
  /** How much of it is known; a day when not given. */
  lastPostAtPrecision?: DatePrecision;
  observedAt: Date;
};

/**
 * Whole days from the last post to the newsroom day of the observation; from the end of its period when it is known
 * only to the month or the year, and never fewer than none.
 */
export function daysSinceLastPost(lastPostAt: Date, observedAt: Date, precision: DatePrecision = "DAY"): number {
  const end = periodEnd({ date: lastPostAt, precision });
  return Math.max(0, Math.round((newsroomDay(observedAt).getTime() - end.getTime()) / DAY_MS));
}

/**
 * The verdicts that only restate what a cell already shows: "закрыт" beside the closed account's own "закрыт", "не
 * найден" beside the search's. Where the cell is shown, the activity line leaves them out rather than say it twice.
 */
export function activityRestatesCell(activity: Activity): boolean {
  return activity === "CLOSED" || activity === "NOT_FOUND";
}

export function activityOf(observation: ActivityInput): Activity {
  if (observation.existence !== "FOUND") return "NOT_FOUND";
  if (observation.visibility === "CLOSED") return "CLOSED";
  if (!observation.lastPostAt) return "UNKNOWN";
  const days = daysSinceLastPost(observation.lastPostAt, observation.observedAt, observation.lastPostAtPrecision);
  if (days <= ACTIVITY_THRESHOLD_DAYS.ACTIVE) return "ACTIVE";
  if (days <= ACTIVITY_THRESHOLD_DAYS.OCCASIONAL) return "OCCASIONAL";
  if (days <= ACTIVITY_THRESHOLD_DAYS.DORMANT) return "DORMANT";
  return "ABANDONED";
}

export function isRecentlyActive(activity: Activity): boolean {
  return RECENTLY_ACTIVE.includes(activity);
}

/**
 * The first instant that is not stale at the as-of date: the start (newsroom zone) of the day STALE_AFTER_DAYS
 * before the as-of day. Computed once per view, since converting instants to newsroom days is not free.
 */
export function staleCutoff(asOf: Date): Date {
  const day = new Date(newsroomDay(asOf).getTime() - STALE_AFTER_DAYS * DAY_MS);
  return startOfNewsroomDay(day);
}

/** True when the observation's newsroom day is more than STALE_AFTER_DAYS days before the as-of date's. */
export function isStale(observedAt: Date, asOf: Date, cutoff = staleCutoff(asOf)): boolean {
  return observedAt.getTime() < cutoff.getTime();
}
