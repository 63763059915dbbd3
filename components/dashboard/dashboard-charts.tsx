import { getTranslations } from "next-intl/server";
import { GroupedBarChart } from "@/components/charts/grouped-bar-chart";
import { LineChart } from "@/components/charts/line-chart";
import { StackedBarChart } from "@/components/charts/stacked-bar-chart";
import { akimatName } from "@/components/comparison/akimat-name";
import type { Comparison, ComparisonOfficial } from "@/lib/domain/comparison";
import { reachOnPlatform } from "@/lib/domain/comparison-sort";
import type { AkimatActivity, AkimatSummary } from "@/lib/domain/dashboard";
import { OPENNESS_PARTS } from "@/lib/domain/openness";
import { newsroomDay, toDateOnlyInput } from "@/lib/domain/time";
import type { Platform } from "@/lib/generated/prisma/enums";

type Translate = Awaited<ReturnType<typeof getTranslations<"dashboard">>>;

/** What a bar shows when there is no number: "not found" and "not observed" are results, never a zero. */
function missingReason(official: ComparisonOfficial, platform: Platform, t: Translate): string {
  const cells = official.cells[platform] ?? [];
  if (cells.length === 0) return t("notObserved");
  if (cells.every((cell) => cell.existence !== "FOUND")) return t("notFound");
  return t("noCount");
}

export async function ReachCharts({ comparison, locale }: { comparison: Comparison; locale: string }) {
  const [t, tc, tp] = await Promise.all([getTranslations("dashboard"), getTranslations("dashboard.charts"), getTranslations("platforms")]);
  return comparison.platforms.map((platform) => (
    <GroupedBarChart
      key={platform}
      title={tc("reachTitle", { platform: tp(platform) })}
      description={tc("reachDescription", { platform: tp(platform) })}
      locale={locale}
      labelHeader={t("official")}
      valueHeader={tc("reachValue")}
      tableLabel={tc("showData")}
      approximateLegend={tc("approximate")}
      groups={comparison.akimats.map((akimat) => ({
        label: akimatName(akimat, locale),
        bars: akimat.officials.map((official) => {
          const value = reachOnPlatform(official, platform);
          const approximate = (official.cells[platform] ?? []).some((cell) => cell.reach?.value === value && cell.reach.approximate);
          return { label: official.fullName, value, approximate, missingLabel: value === null ? missingReason(official, platform, t) : undefined };
        }),
      }))}
    />
  ));
}

export async function OpennessChart({ summaries, locale }: { summaries: AkimatSummary[]; locale: string }) {
  const [tc, to] = await Promise.all([getTranslations("dashboard.charts"), getTranslations("openness")]);
  return (
    <StackedBarChart
      title={tc("opennessTitle")}
      description={tc("opennessDescription")}
      locale={locale}
      max={100}
      labelHeader={tc("akimat")}
      totalHeader={tc("meanOpenness")}
      tableLabel={tc("showData")}
      missingLabel={tc("opennessMissing")}
      parts={OPENNESS_PARTS.map((part) => ({ key: part.key, label: to(`parts.${part.key}`) }))}
      rows={summaries.map((summary) => ({
        label: akimatName(summary, locale),
        values: Object.fromEntries((summary.opennessParts ?? []).map((part) => [part.key, Math.round(part.meanShare * 10) / 10])),
        total: summary.meanOpenness === null ? null : Math.round(summary.meanOpenness * 10) / 10,
      }))}
    />
  );
}

export async function ActivityChart({ activity, locale }: { activity: AkimatActivity[]; locale: string }) {
  const tc = await getTranslations("dashboard.charts");
  return (
    <LineChart
      title={tc("activityTitle")}
      description={tc("activityDescription")}
      locale={locale}
      xHeader={tc("month")}
      yHeader={tc("activeAccounts")}
      tableLabel={tc("showData")}
      emptyLabel={tc("activityEmpty")}
      series={activity
        .filter((akimat) => akimat.points.some((point) => point.known > 0))
        .map((akimat) => ({
          label: akimatName(akimat, locale),
          points: akimat.points.filter((point) => point.known > 0).map((point) => ({ x: toDateOnlyInput(newsroomDay(point.at)), y: point.active })),
        }))}
    />
  );
}
