/**
 * "As of a date": every view shows the state of knowledge at one instant. A day chosen in the URL
 * (`?asOf=2024-08-31`) means the END of that day in the newsroom's zone, so that everything observed that day
 * counts. The future is not knowable: a later day is clamped to now. See docs/decisions/0006.
 */
import { NEWSROOM_TIME_ZONE, newsroomDay, parseDateOnly, parseLocalDateTime, toDateOnlyInput } from "./time";

const DAY_MS = 24 * 60 * 60 * 1000;

/** The first instant of a calendar day (a UTC-midnight date, as `parseDateOnly` gives) in the newsroom's zone. */
export function startOfNewsroomDay(day: Date, timeZone = NEWSROOM_TIME_ZONE): Date {
  return parseLocalDateTime(`${toDateOnlyInput(day)}T00:00`, timeZone)!;
}

/** The last millisecond of a calendar day in the newsroom's zone (the next day's start, minus one). */
export function endOfNewsroomDay(day: Date, timeZone = NEWSROOM_TIME_ZONE): Date {
  return new Date(startOfNewsroomDay(new Date(day.getTime() + DAY_MS), timeZone).getTime() - 1);
}

/** A day after today's (in the newsroom's zone): a view cannot know it yet. */
export function isFutureDay(day: Date, now = new Date()): boolean {
  return day.getTime() > newsroomDay(now).getTime();
}

export function clampAsOf(asOf: Date, now = new Date()): Date {
  return asOf.getTime() > now.getTime() ? now : asOf;
}

/** `?asOf=YYYY-MM-DD` → the end of that newsroom day, clamped to now; missing or invalid → now. Never throws. */
export function asOfFromParam(value: string | undefined, now = new Date()): Date {
  const day = value ? parseDateOnly(value) : undefined;
  if (!day) return now;
  return clampAsOf(endOfNewsroomDay(day), now);
}

/** The as-of instant back as its URL value (the newsroom day it falls on), for links that keep the view. */
export function asOfToParam(asOf: Date): string {
  return toDateOnlyInput(newsroomDay(asOf));
}

/**
 * The instants of a chart over time: the end of each of the `months` months up to the as-of date, the last
 * point being the as-of instant itself (the current month has not ended; its point is "now" in the view).
 */
export function monthEndsUntil(asOf: Date, months: number, timeZone = NEWSROOM_TIME_ZONE): Date[] {
  const day = newsroomDay(asOf, timeZone);
  const year = day.getUTCFullYear();
  const month = day.getUTCMonth();
  const points: Date[] = [];
  for (let back = Math.max(1, Math.floor(months)) - 1; back >= 1; back--) {
    // The day before the first of the month after (year, month - back), in the newsroom's zone.
    const firstOfNext = new Date(Date.UTC(year, month - back + 1, 1));
    points.push(new Date(startOfNewsroomDay(firstOfNext, timeZone).getTime() - 1));
  }
  points.push(asOf);
  return points;
}
