/**
 * Dates known to the day, the month or the year: "last tagged in 2021", "the last post was in August 2023", a round
 * dated only to the month. A partial date is kept as the last day of its period (UTC midnight, as Prisma keeps a
 * `@db.Date`) with its precision: the latest it can be, which is what the activity rules count, so that every reader
 * of the stored date (the dashboard's SQL included) applies the rule without knowing about precisions. Why, and
 * the mark a partial date is shown with: docs/decisions/0015-dates-with-a-precision.md.
 */
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { newsroomDay } from "./time";

export type { DatePrecision };
export const DATE_PRECISIONS = ["DAY", "MONTH", "YEAR"] as const satisfies readonly DatePrecision[];

export type PartialDate = { date: Date; precision: DatePrecision };

/** The validation messages a date that cannot be read gets, most specific first. */
export type PartialDateError = "dateUnparsable" | "dateNoSuchMonth" | "dateNoSuchDay" | "dateYearOutOfRange";

/** Social networks are younger than this, and a four-digit year beyond it is a typo. */
export const EARLIEST_YEAR = 1990;
export const LATEST_YEAR = 2100;

/**
 * What a date known only to the month or the year is shown with: "~2021", "~авг. 2023 г.". Not "≈", which the
 * charts and counts use for a rounded number; explained beside every display that shows one.
 */
export const PARTIAL_DATE_MARK = "~";

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

/** The partial date of a year, a month or a day, kept as the last day of its period. */
export function partialDate(year: number, month?: number, day?: number): PartialDate {
  if (month === undefined) return { date: utc(year, 12, 31), precision: "YEAR" };
  if (day === undefined) return { date: utc(year, month + 1, 0), precision: "MONTH" };
  return { date: utc(year, month, day), precision: "DAY" };
}

/** A stored date with its precision, as the last day of its period whatever day of it was stored. */
export function storedPartialDate(date: Date, precision: DatePrecision): PartialDate {
  const year = date.getUTCFullYear();
  if (precision === "YEAR") return partialDate(year);
  if (precision === "MONTH") return partialDate(year, date.getUTCMonth() + 1);
  return partialDate(year, date.getUTCMonth() + 1, date.getUTCDate());
}

/** The first day of the period (UTC midnight): "2021" → 1 January 2021. */
export function periodStart({ date, precision }: PartialDate): Date {
  if (precision === "YEAR") return utc(date.getUTCFullYear(), 1, 1);
  if (precision === "MONTH") return utc(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
  return utc(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The last day of the period (UTC midnight): "2021" → 31 December 2021. */
export function periodEnd({ date, precision }: PartialDate): Date {
  return storedPartialDate(date, precision).date;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** ISO 8601 at the date's precision: "2021", "2023-08", "2023-08-17". What the exports and the form's fields write. */
export function toIsoPartialDate({ date, precision }: PartialDate): string {
  const year = String(date.getUTCFullYear()).padStart(4, "0");
  if (precision === "YEAR") return year;
  if (precision === "MONTH") return `${year}-${pad(date.getUTCMonth() + 1)}`;
  return `${year}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * An observation's moment as the exports write it: the instant when the day is known ("2024-08-28T07:00:00.000Z"),
 * else its newsroom day at its precision ("2024-08", "2024"): an estimated day is not published as a known one.
 */
export function observedAtForExport(observedAt: Date, precision: DatePrecision): string {
  return precision === "DAY" ? observedAt.toISOString() : toIsoPartialDate(observedPartialDate(observedAt, precision));
}

// ---- reading what people write ----------------------------------------------------------------------------

/** Lower case, "ё" as "е", no trailing dot: how month names are compared. */
const fold = (word: string) => word.toLocaleLowerCase("ru").replaceAll("ё", "е").replace(/\.$/, "");

/**
 * Every month name Intl knows in the app's languages, in every form a date shows it (standalone and within a date,
 * which in Russian is the genitive: "август", "августа", "авг."), each with its month's number.
 */
function monthNames(): Map<string, number> {
  const names = new Map<string, number>();
  const formats: Intl.DateTimeFormatOptions[] = [{ month: "long" }, { month: "short" }, { day: "numeric", month: "long" }, { day: "numeric", month: "short" }];
  for (const locale of ["ru", "kk", "en"]) {
    for (const options of formats) {
      const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
      for (let month = 1; month <= 12; month += 1) {
        const name = format.formatToParts(utc(2023, month, 1)).find((part) => part.type === "month")?.value;
        if (name) names.set(fold(name), month);
      }
    }
  }
  return names;
}

let MONTHS: Map<string, number> | undefined;

/**
 * The month a word names: a name Intl knows, a beginning of one at least three letters long ("сен", "сент", "Sept",
 * "қаз"), or a name with an ending ("августе"). Undefined when it names none, or more than one.
 */
export function monthOf(word: string): number | undefined {
  MONTHS ??= monthNames();
  const key = fold(word);
  const exact = MONTHS.get(key);
  if (exact) return exact;
  if (key.length < 3) return undefined;
  const found = new Set<number>();
  for (const [name, month] of MONTHS) {
    // A beginning of the name, or the name's stem with another ending: "сен", "августе", "сентябре".
    if (name.startsWith(key) || (name.length >= 4 && key.startsWith(name.slice(0, -1)) && key.length <= name.length + 2)) found.add(month);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Words around a date that say nothing about it: "в 2021 году", "2023 ж.", "Aug 12, 2023". */
const FILLER = new Set(["в", "во", "in", "г", "гг", "год", "года", "году", "ж", "жыл", "жылы", "жылғы"]);

export type ParsedPartialDate = { ok: true; value: PartialDate } | { ok: false; reason: PartialDateError };

function checked(year: number, month?: number, day?: number): ParsedPartialDate {
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) return { ok: false, reason: "dateYearOutOfRange" };
  if (month !== undefined && (month < 1 || month > 12)) return { ok: false, reason: "dateNoSuchMonth" };
  if (month !== undefined && day !== undefined) {
    const date = utc(year, month, day);
    if (day < 1 || date.getUTCMonth() !== month - 1) return { ok: false, reason: "dateNoSuchDay" };
  }
  return { ok: true, value: partialDate(year, month, day) };
}

const fullYear = (text: string) => (text.length === 2 ? 2000 + Number(text) : Number(text));

/**
 * A date as a reporter or a spreadsheet writes it, to the day, the month or the year: "2021", "08.2023", "8.2023",
 * "2023-08", "авг 2023", "август 2023", "тамыз 2023", "Aug 2023", "12.08.2023", "2023-08-12", "12 августа 2023".
 * Days come before months, as Kazakhstan writes them.
 */
export function parsePartialDate(text: string): ParsedPartialDate {
  // The mark a partial date is shown with reads back: a reporter may paste "~2021" from a page.
  const value = text.trim().replace(/^~\s*/, "").replace(/\s+/g, " ");
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(value))) return checked(Number(m[1]));
  if ((m = /^(\d{4})[-./](\d{1,2})$/.exec(value))) return checked(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{1,2})[-./](\d{4})$/.exec(value))) return checked(Number(m[2]), Number(m[1]));
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value))) return checked(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = /^(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})$/.exec(value))) return checked(fullYear(m[3]!), Number(m[2]), Number(m[1]));

  // With the month in words, in any order: "август 2023", "2023 ж. тамыз", "12 августа 2023 г.", "Aug 12, 2023".
  const words = value
    .toLocaleLowerCase("ru")
    .split(/[\s,]+|(?<=\d)(?=\p{L})|(?<=\p{L})(?=\d)/u)
    .map((word) => word.replace(/\.$/, ""))
    .filter((word) => word && !FILLER.has(word));
  const years = words.filter((word) => /^\d{4}$/.test(word));
  const days = words.filter((word) => /^\d{1,2}$/.test(word));
  const names = words.filter((word) => !/^\d+$/.test(word));
  if (years.length === 1 && words.length === 1) return checked(Number(years[0]));
  if (years.length !== 1 || names.length !== 1 || days.length > 1 || years.length + names.length + days.length !== words.length) {
    return { ok: false, reason: "dateUnparsable" };
  }
  const month = monthOf(names[0]!);
  if (month === undefined) return { ok: false, reason: "dateUnparsable" };
  return checked(Number(years[0]), month, days[0] === undefined ? undefined : Number(days[0]));
}

// ---- showing it -------------------------------------------------------------------------------------------

/** The day of an observation, in the newsroom's zone, at its precision: what a date of a look is shown and exported as. */
export function observedPartialDate(observedAt: Date, precision: DatePrecision): PartialDate {
  return storedPartialDate(newsroomDay(observedAt), precision);
}

/** The Intl options a partial date is shown with: a subset both Intl and next-intl's formatter take. */
export type PartialDateFormatOptions = { year?: "numeric"; month?: "short" | "long"; dateStyle?: "medium" | "long"; timeZone: "UTC" };

/** The Intl options that show a date at its precision: the day as `dateStyle`, a month as "авг. 2023 г.", a year as "2023". */
export function partialDateFormatOptions(precision: DatePrecision, dateStyle: "medium" | "long" = "medium"): PartialDateFormatOptions {
  if (precision === "YEAR") return { year: "numeric", timeZone: "UTC" };
  if (precision === "MONTH") return { year: "numeric", month: dateStyle === "long" ? "long" : "short", timeZone: "UTC" };
  return { dateStyle, timeZone: "UTC" };
}

type FormatDate = (date: Date, options: PartialDateFormatOptions) => string;

/**
 * A partial date for people, formatted by the caller's formatter (next-intl's `format.dateTime`, or Intl's):
 * "17 авг. 2023 г.", "~авг. 2023 г.", "~2021". Only a day is shown without the mark.
 */
export function showPartialDate(value: PartialDate, formatDate: FormatDate, dateStyle: "medium" | "long" = "medium"): string {
  const shown = formatDate(periodEnd(value), partialDateFormatOptions(value.precision, dateStyle));
  return value.precision === "DAY" ? shown : `${PARTIAL_DATE_MARK}${shown}`;
}

const displayFormats = new Map<string, Intl.DateTimeFormat>();

function intlFormat(locale: string): FormatDate {
  return (date, options) => {
    const key = `${locale} ${JSON.stringify(options)}`;
    let format = displayFormats.get(key);
    if (!format) {
      format = new Intl.DateTimeFormat(locale, options);
      displayFormats.set(key, format);
    }
    return format.format(date);
  };
}

/** showPartialDate with Intl, in an Intl locale ("ru-RU", "kk-KZ", "en-GB"): for what renders outside React (embeds, tests). */
export function formatPartialDate(value: PartialDate, locale: string, dateStyle: "medium" | "long" = "medium"): string {
  return showPartialDate(value, intlFormat(locale), dateStyle);
}
