import { getTranslations } from "next-intl/server";
import { LineChart } from "@/components/charts/line-chart";
import { newsroomDay, toDateOnlyInput } from "@/lib/domain/time";
import type { Platform } from "@/lib/generated/prisma/enums";

/** One account's counts of one measure over the whole published history (not only the page of the list shown). */
export type ReachSeriesView = {
  account: { platform: Platform; label: string | null; handle: string | null };
  measure: "followers" | "friends";
  points: { observedAt: Date; value: number; approximate: boolean }[];
};

/**
 * Reach over time, one line per account and measure (followers and friends are never drawn as one line).
 * Published observations only; searches that found nothing have no line, rather than a line at zero.
 */
export async function OfficialReachChart({ series, locale }: { series: ReachSeriesView[]; locale: string }) {
  const [t, tc, tp] = await Promise.all([getTranslations("profile.reachChart"), getTranslations("common"), getTranslations("platforms")]);
  const lines = series.map(({ account, measure, points }) => ({
    label: t("series", { account: [tp(account.platform), account.label, account.handle].filter(Boolean).join(" · "), measure: t(measure) }),
    points: points.map((point) => ({ x: toDateOnlyInput(newsroomDay(point.observedAt)), y: point.value, approximate: point.approximate })),
  }));
  return (
    <LineChart
      title={t("title")}
      description={t("description")}
      locale={locale}
      xHeader={t("x")}
      yHeader={t("y")}
      series={lines}
      approximateLegend={tc("approximateLegend")}
      emptyLabel={t("empty")}
      tableLabel={t("tableLabel")}
    />
  );
}
