import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ComparisonTable } from "@/components/comparison/comparison-table";
import { Notice } from "@/components/ui/notice";
import { requirePermission } from "@/lib/auth/viewer";
import { getComparison } from "@/lib/data/comparison/get-comparison";
import { parseDateOnly } from "@/lib/domain/time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

/** "As of" moves the whole view back in time: ?asOf=2024-08-31 shows what was known at the end of that day. */
function asOfFrom(value: string | undefined): Date {
  const day = value ? parseDateOnly(value) : undefined;
  return day ? new Date(day.getTime() + 24 * 60 * 60 * 1000 - 1) : new Date();
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ asOf?: string }> }) {
  await requirePermission("dashboard.view");
  const { asOf } = await searchParams;
  const comparison = await getComparison({ asOf: asOfFrom(asOf) });
  const [t, tc, format, locale] = await Promise.all([getTranslations("dashboard"), getTranslations("common"), getFormatter(), getLocale()]);
  const hasData = comparison.platforms.length > 0;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-zinc-700 dark:text-zinc-300">{t("intro", { date: format.dateTime(comparison.asOf, { dateStyle: "long" }) })}</p>
      </div>
      {!hasData && <Notice>{t("empty")}</Notice>}
      {hasData && (
        <>
          <div className="grid gap-6 xl:grid-cols-2">
            {comparison.akimats.map((akimat) => (
              <ComparisonTable key={akimat.id} akimat={akimat} platforms={comparison.platforms} locale={locale} />
            ))}
          </div>
          <p className="text-xs text-zinc-600 dark:text-zinc-400">{tc("approximateLegend")}</p>
        </>
      )}
    </div>
  );
}
