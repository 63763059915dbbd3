import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { cache, Suspense } from "react";
import { akimatName } from "@/components/comparison/akimat-name";
import { ComparisonTable, type SortLinks } from "@/components/comparison/comparison-table";
import { AkimatSummaries } from "@/components/dashboard/akimat-summaries";
import { ActivityChart, OpennessChart, ReachCharts } from "@/components/dashboard/dashboard-charts";
import { DashboardFilters } from "@/components/dashboard/dashboard-filters";
import { SectionSkeleton } from "@/components/dashboard/section-skeleton";
import { Notice } from "@/components/ui/notice";
import { requirePermission } from "@/lib/auth/viewer";
import { getComparison } from "@/lib/data/comparison/get-comparison";
import { getActivityOverTime } from "@/lib/data/dashboard/get-activity-over-time";
import { getAkimatSummaries } from "@/lib/data/dashboard/get-akimat-summaries";
import { listAkimats } from "@/lib/data/registry/list-akimats";
import { findWaveCut, listWaveCuts, waveCutInstant } from "@/lib/data/waves/wave-cut";
import { asOfFromParam } from "@/lib/domain/as-of";
import { formatComparisonSort, sortComparisonOfficials, type ComparisonSort, type ComparisonSortKey } from "@/lib/domain/comparison-sort";
import { PLATFORM_ORDER } from "@/lib/domain/platforms";
import { dashboardQuery, parseDashboardView, type DashboardView } from "@/lib/validation/dashboard-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

// One read per request, shared by the summaries, the charts and the table.
const loadWave = cache((id: string) => findWaveCut(id || undefined));
const loadComparison = cache(async (asOf: number, wave: string, akimats: string, platform: string) =>
  getComparison({
    asOf: new Date(asOf),
    wave: (await loadWave(wave)) ?? undefined,
    akimatSlugs: akimats ? akimats.split(",") : undefined,
    platforms: platform ? [platform as never] : undefined,
  }),
);
const loadSummaries = cache(async (asOf: number, wave: string, akimats: string) =>
  getAkimatSummaries({ asOf: new Date(asOf), wave: (await loadWave(wave)) ?? undefined, akimatSlugs: akimats ? akimats.split(",") : undefined }),
);

/** What the sections load: `wave` is a wave's id ("" for a day), `asOf` the view's instant (a wave's: its close). */
type Load = { asOf: number; wave: string; akimats: string; platform: string; locale: string };

async function Summaries({ asOf, wave, akimats, locale }: Load) {
  return <AkimatSummaries summaries={await loadSummaries(asOf, wave, akimats)} locale={locale} />;
}

async function Charts({ asOf, wave, akimats, platform, locale }: Load) {
  const [comparison, summaries, activity] = await Promise.all([
    loadComparison(asOf, wave, akimats, platform),
    loadSummaries(asOf, wave, akimats),
    getActivityOverTime({ asOf: new Date(asOf), akimatSlugs: akimats ? akimats.split(",") : undefined }),
  ]);
  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <ReachCharts comparison={comparison} locale={locale} />
      <OpennessChart summaries={summaries} locale={locale} />
      <ActivityChart activity={activity} locale={locale} />
    </div>
  );
}

async function Table({ asOf, wave, akimats, platform, locale, view }: Load & { view: DashboardView }) {
  const [comparison, t] = await Promise.all([loadComparison(asOf, wave, akimats, platform), getTranslations("dashboard")]);
  if (!comparison.akimats.some((akimat) => akimat.officials.length)) return <Notice>{t("noOfficialsAnywhere")}</Notice>;
  const link = (key: ComparisonSortKey, firstDirection: ComparisonSort["direction"]) => {
    const current = view.sort.key === key ? view.sort.direction : null;
    const next: ComparisonSort = { key, direction: current ? (current === "asc" ? "desc" : "asc") : firstDirection };
    return { href: `/dashboard${dashboardQuery(view, { sort: next })}#comparison`, direction: current };
  };
  const sortLinks: SortLinks = {
    name: link("name", "asc"),
    openness: link("openness", "desc"),
    reach: Object.fromEntries(comparison.platforms.map((platform) => [platform, link(`reach:${platform}`, "desc")])),
  };
  return (
    <div className="flex flex-col gap-6">
      {!comparison.platforms.length && <Notice>{t("empty")}</Notice>}
      {comparison.akimats.map((akimat) => (
        <ComparisonTable
          key={akimat.id}
          akimat={{ ...akimat, officials: sortComparisonOfficials(akimat.officials, view.sort) }}
          platforms={comparison.platforms}
          locale={locale}
          sortLinks={sortLinks}
          officialHref={(id) => `/officials/${id}`}
        />
      ))}
    </div>
  );
}

/**
 * The comparison at a glance: akimats side by side, charts, then every official, all as of one date, or as one
 * survey wave published them (a closed wave stays as it closed: lib/data/waves/wave-cut.ts).
 */
export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission("dashboard.view");
  const view = parseDashboardView(await searchParams);
  const [t, tc, tp, format, locale, akimats, waves, wave] = await Promise.all([
    getTranslations("dashboard"),
    getTranslations("common"),
    getTranslations("platforms"),
    getFormatter(),
    getLocale(),
    listAkimats({ viewer }),
    listWaveCuts(),
    loadWave(view.wave ?? ""),
  ]);
  const asOf = wave ? waveCutInstant(wave) : asOfFromParam(view.asOf);
  const load: Load = { asOf: asOf.getTime(), wave: wave?.id ?? "", akimats: view.akimats.join(","), platform: view.platform ?? "", locale };
  const longDate = (date: Date) => format.dateTime(date, { dateStyle: "long" });
  const waveLabel = (cut: (typeof waves)[number]) =>
    cut.closedAt ? t("waveClosedOption", { name: cut.name, date: longDate(cut.closedAt) }) : t("waveOpenOption", { name: cut.name });
  const sortOptions: { value: ComparisonSort; label: string }[] = [
    { value: { key: "rank", direction: "asc" }, label: t("sorts.rank") },
    { value: { key: "name", direction: "asc" }, label: t("sorts.name") },
    { value: { key: "openness", direction: "desc" }, label: t("sorts.openness") },
    ...PLATFORM_ORDER.slice(0, 6).map((platform) => ({
      value: { key: `reach:${platform}` as const, direction: "desc" as const },
      label: t("sorts.reach", { platform: tp(platform) }),
    })),
  ];
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-zinc-700 dark:text-zinc-300">
          {wave
            ? wave.closedAt
              ? t("introClosedWave", { name: wave.name, date: longDate(wave.closedAt) })
              : t("introOpenWave", { name: wave.name, date: longDate(asOf) })
            : t("intro", { date: longDate(asOf) })}
        </p>
        {view.wave && !wave && <Notice>{t("unknownWave")}</Notice>}
      </div>
      <DashboardFilters
        labels={{
          asOf: t("filters.asOf"),
          wave: t("filters.wave"),
          byDate: t("filters.byDate"),
          waveHelp: t("filters.waveHelp"),
          akimats: t("filters.akimats"),
          akimatsHelp: t("filters.akimatsHelp"),
          platform: t("filters.platform"),
          allPlatforms: t("filters.allPlatforms"),
          sort: t("filters.sort"),
          apply: t("filters.apply"),
          csv: t("filters.csv"),
        }}
        akimats={akimats.filter((akimat) => !akimat.endedOn).map((akimat) => ({ value: akimat.slug, label: akimatName(akimat, locale) }))}
        platforms={PLATFORM_ORDER.map((platform) => ({ value: platform, label: tp(platform) }))}
        waves={waves.map((cut) => ({ value: cut.id, label: waveLabel(cut) }))}
        sorts={sortOptions.map((option) => ({ value: formatComparisonSort(option.value), label: option.label }))}
        values={{ asOf: view.asOf, wave: wave?.id, akimats: view.akimats, platform: view.platform, sort: formatComparisonSort(view.sort) }}
        csvHref={`/dashboard/export.csv${dashboardQuery(view)}`}
      />
      <Suspense fallback={<SectionSkeleton label={tc("loading")} height="h-56" />}>
        <Summaries {...load} />
      </Suspense>
      <section aria-labelledby="charts" className="flex flex-col gap-3">
        <h2 id="charts" className="text-xl font-semibold">
          {t("chartsTitle")}
        </h2>
        <Suspense fallback={<SectionSkeleton label={tc("loading")} height="h-96" />}>
          <Charts {...load} />
        </Suspense>
      </section>
      <section id="comparison" aria-labelledby="comparison-title" className="flex flex-col gap-3">
        <h2 id="comparison-title" className="text-xl font-semibold">
          {t("tableTitle")}
        </h2>
        <Suspense fallback={<SectionSkeleton label={tc("loading")} height="h-96" />}>
          <Table {...load} view={view} />
        </Suspense>
        <p className="text-xs text-zinc-600 dark:text-zinc-400">{tc("approximateLegend")}</p>
      </section>
    </div>
  );
}
