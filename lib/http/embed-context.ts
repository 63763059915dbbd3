import "server-only";
import { formatPartialDate, type PartialDate } from "@/lib/domain/partial-date";
import { NEWSROOM_TIME_ZONE } from "@/lib/domain/time";
import { env } from "@/lib/env";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/config";
import { publicTranslators, type PublicTranslators } from "@/lib/i18n/public-translators";

/** What an embed's cells need to write their text (components/embed/embed-cells.ts). */
export type CellContext = { t: PublicTranslators; locale: string; formatDate: (date: PartialDate) => string };

/** What every embed needs to write its text: translators, date formats and where the methodology lives. */
export async function embedContext(locale: Locale): Promise<CellContext & { formatAsOf: (date: Date) => string; outlet: string; methodologyHref: string }> {
  const intl = INTL_LOCALE[locale];
  const asOf = new Intl.DateTimeFormat(intl, { dateStyle: "long", timeZone: NEWSROOM_TIME_ZONE });
  return {
    t: await publicTranslators(locale),
    locale,
    // A day, or a month or a year with its mark ("~2021"): lib/domain/partial-date.ts.
    formatDate: (date) => formatPartialDate(date, intl),
    formatAsOf: (date) => asOf.format(date),
    outlet: env.OUTLET_NAME,
    methodologyHref: `/methodology?lang=${locale}`,
  };
}
