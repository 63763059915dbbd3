import { getTranslations } from "next-intl/server";
import { LineChart } from "@/components/charts/line-chart";
import { newsroomDay, toDateOnlyInput } from "@/lib/domain/time";
import type { HistorySubjectView } from "./subject-history";

type Series = { label: string; points: { x: string; y: number; approximate?: boolean }[] };

/**
 * Reach over time, one line per account (and per measure, should an account's count switch between
 * followers and friends, so that the two are never drawn as one). Published observations only; searches
 * that found nothing have no line, rather than a line at zero.
 */
export async function OfficialReachChart({ subjects, locale }: { subjects: HistorySubjectView[]; locale: string }) {
  const [t, tc, tp] = await Promise.all([getTranslations("profile.reachChart"), getTranslations("common"), getTranslations("platforms")]);
  const series: Series[] = [];
  for (const subject of subjects) {
    if (!subject.account) continue;
    const name = [tp(subject.platform), subject.account.label, subject.account.handle].filter(Boolean).join(" · ");
    for (const measure of ["followers", "friends"] as const) {
      const points = subject.observations
        .filter((row) => row.reach?.measure === measure)
        .reverse()
        .map((row) => ({
          x: toDateOnlyInput(newsroomDay(row.observedAt)),
          y: row.reach!.value,
          approximate: row.reach!.approximate || row.observedAtApproximate,
        }));
      if (points.length > 0) series.push({ label: t("series", { account: name, measure: t(measure) }), points });
    }
  }
  return (
    <LineChart
      title={t("title")}
      description={t("description")}
      locale={locale}
      xHeader={t("x")}
      yHeader={t("y")}
      series={series}
      approximateLegend={tc("approximateLegend")}
      emptyLabel={t("empty")}
      tableLabel={t("tableLabel")}
    />
  );
}
