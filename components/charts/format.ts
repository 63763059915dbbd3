import { formatCount } from "@/lib/domain/metric";
import { INTL_LOCALE, isLocale } from "@/lib/i18n/config";

/**
 * Numbers and dates for one chart, in the caller's language. Values go through `formatCount` so an
 * approximate number reads the same ("≈ 2 600") in charts as in the comparison table.
 */
export function chartFormat(locale: string) {
  const tag = isLocale(locale) ? INTL_LOCALE[locale] : locale;
  const day = new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeZone: "UTC" });
  const month = new Intl.DateTimeFormat(tag, { month: "short", timeZone: "UTC" });
  return {
    value: (value: number, approximate = false) => formatCount(value, approximate, locale),
    day: (date: Date) => day.format(date),
    month: (date: Date) => month.format(date),
    year: (date: Date) => String(date.getUTCFullYear()),
  };
}

export type ChartFormat = ReturnType<typeof chartFormat>;
