/**
 * Newsroom time. Forms speak in the newsroom's wall-clock time (a `datetime-local` has no zone); the database
 * keeps instants. Kazakhstan has one zone, UTC+5, since March 2024.
 */
export const NEWSROOM_TIME_ZONE = "Asia/Almaty";

// Building an Intl formatter costs far more than using one, and dashboards convert thousands of instants.
const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function measuredOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = wallClockFormatter(timeZone).formatToParts(instant);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

const DAY_MS = 86_400_000;
/** Per zone, the offset of each UTC day (its number since 1970) that has no change of offset in it. */
const offsetsByUtcDay = new Map<string, Map<number, number>>();

/**
 * The zone's offset at an instant. formatToParts costs some ten microseconds, and a change report or an export
 * converts every observation's instant (thousands per page at national scale, over a few years), so the offset is
 * remembered per zone and UTC day when the day's first and last millisecond agree; a day with a change of offset
 * in it is never remembered, so the answer is always the measured one.
 */
function offsetMinutes(instant: Date, timeZone: string): number {
  const day = Math.floor(instant.getTime() / DAY_MS);
  // A map per zone rather than a "zone|day" key: the open-data CSV asks three times per row, a million rows.
  let days = offsetsByUtcDay.get(timeZone);
  if (!days) offsetsByUtcDay.set(timeZone, (days = new Map()));
  const remembered = days.get(day);
  if (remembered !== undefined) return remembered;
  const start = measuredOffsetMinutes(new Date(day * DAY_MS), timeZone);
  if (start !== measuredOffsetMinutes(new Date((day + 1) * DAY_MS - 1), timeZone)) return measuredOffsetMinutes(instant, timeZone);
  // Bounded, though a century of days is only 36 525 keys per zone.
  if (days.size >= 100_000) days.clear();
  days.set(day, start);
  return start;
}

/** "2024-08-28T14:30" in the newsroom's zone → the instant. Undefined when the text is not such a value. */
export function parseLocalDateTime(value: string, timeZone = NEWSROOM_TIME_ZONE): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return undefined;
  const [y, mo, d, h, mi, s] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const naive = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(naive);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) return undefined;
  return new Date(naive - offsetMinutes(new Date(naive), timeZone) * 60_000);
}

/** The instant as "YYYY-MM-DDTHH:mm" in the newsroom's zone, for a `datetime-local` input. */
export function toLocalDateTimeInput(instant: Date, timeZone = NEWSROOM_TIME_ZONE): string {
  const shifted = new Date(instant.getTime() + offsetMinutes(instant, timeZone) * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/**
 * The instant as a spreadsheet reads a local time, "2024-08-28 14:30", in the newsroom's zone: what a journalist in
 * Petropavlovsk saw on the clock, where the exports' ISO instants are in UTC.
 */
export function toNewsroomDateTime(instant: Date, timeZone = NEWSROOM_TIME_ZONE): string {
  return toLocalDateTimeInput(instant, timeZone).replace("T", " ");
}

/** "2023-08-17" → a Date at UTC midnight, as Prisma stores a `@db.Date`. */
export function parseDateOnly(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCDate() === Number(match[3]) && date.getUTCMonth() === Number(match[2]) - 1 ? date : undefined;
}

export function toDateOnlyInput(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The calendar day of an instant in the newsroom's zone, as a UTC-midnight date. */
export function newsroomDay(instant: Date, timeZone = NEWSROOM_TIME_ZONE): Date {
  // The wall clock's milliseconds cut to the day: what parsing the day of toLocalDateTimeInput gave, without its text.
  const wallClock = instant.getTime() + offsetMinutes(instant, timeZone) * 60_000;
  return new Date(Math.floor(wallClock / DAY_MS) * DAY_MS);
}
