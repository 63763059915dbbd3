import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ComparisonTable } from "@/components/comparison/comparison-table";
import { getComparison } from "@/lib/data/comparison/get-comparison";
import { env } from "@/lib/env";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";

type Search = { lang?: string; akimats?: string };

export async function generateMetadata({ searchParams }: { searchParams: Promise<Search> }): Promise<Metadata> {
  const { lang } = await searchParams;
  return { title: (await getTranslations({ locale: isLocale(lang) ? lang : DEFAULT_LOCALE, namespace: "embed" }))("title") };
}

/**
 * The public comparison, to be framed in an outlet's article. Published data only (getComparison reads
 * nothing else); no session is read, so it sets no cookie.
 */
export default async function ComparisonEmbed({ searchParams }: { searchParams: Promise<Search> }) {
  const { lang, akimats } = await searchParams;
  const locale = isLocale(lang) ? lang : DEFAULT_LOCALE;
  const akimatSlugs = akimats?.split(",").map((slug) => slug.trim()).filter(Boolean).slice(0, 10);
  const [comparison, t, tc, format] = await Promise.all([
    getComparison({ akimatSlugs }),
    getTranslations({ locale, namespace: "embed" }),
    getTranslations({ locale, namespace: "common" }),
    getFormatter({ locale }),
  ]);
  return (
    <main lang={locale} className="flex flex-col gap-4 p-3 sm:p-4">
      <header>
        <h1 className="text-xl font-bold">{t("title")}</h1>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">{t("subtitle", { outlet: env.OUTLET_NAME, date: format.dateTime(comparison.asOf, { dateStyle: "long" }) })}</p>
      </header>
      {comparison.akimats.map((akimat) => (
        <ComparisonTable key={akimat.id} akimat={akimat} platforms={comparison.platforms} locale={locale} />
      ))}
      <footer className="flex flex-col gap-1 text-xs text-zinc-700 dark:text-zinc-300">
        <p>{tc("approximateLegend")}</p>
        <p>{t("approvedOnly")}</p>
      </footer>
    </main>
  );
}
