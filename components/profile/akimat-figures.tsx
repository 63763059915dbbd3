import { getTranslations } from "next-intl/server";
import { LineChart } from "@/components/charts/line-chart";
import { newsroomDay, toDateOnlyInput } from "@/lib/domain/time";

type ActivityPoint = { at: Date; active: number; known: number };
type ReachPoint = { monthEnd: Date; reach: number; approximate: boolean };

/** The chart's x: the newsroom day an instant falls on, as the chart reads dates (UTC midnight). */
const dayOf = (instant: Date) => toDateOnlyInput(newsroomDay(instant));

/**
 * An akimat's figures at each month's end: how many of its officials' accounts are active beside how many
 * are known, and their total reach. Both from published observations, drawn on the server.
 */
export async function AkimatFigures({ activity, reach, locale }: { activity: ActivityPoint[]; reach: ReachPoint[]; locale: string }) {
  const [t, tc] = await Promise.all([getTranslations("profile.akimat"), getTranslations("common")]);
  // Months before any account was known are left out: zeros there would read as "observed, none active".
  const firstKnown = activity.findIndex((point) => point.known > 0);
  const known = firstKnown < 0 ? [] : activity.slice(firstKnown);
  return (
    <section aria-labelledby="akimat-figures" className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <h2 id="akimat-figures" className="text-xl font-semibold">
          {t("figures")}
        </h2>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">{t("figuresIntro")}</p>
      </div>
      <div className="grid gap-6 xl:grid-cols-2">
        <LineChart
          title={t("activityChart.title")}
          description={t("activityChart.description")}
          locale={locale}
          xHeader={t("activityChart.x")}
          yHeader={t("activityChart.y")}
          series={[
            { label: t("activityChart.active"), points: known.map((point) => ({ x: dayOf(point.at), y: point.active })) },
            { label: t("activityChart.known"), points: known.map((point) => ({ x: dayOf(point.at), y: point.known })) },
          ]}
          emptyLabel={t("activityChart.empty")}
          tableLabel={t("tableLabel")}
        />
        <LineChart
          title={t("reachChart.title")}
          description={t("reachChart.description")}
          locale={locale}
          xHeader={t("reachChart.x")}
          yHeader={t("reachChart.y")}
          series={[
            { label: t("reachChart.series"), points: reach.map((point) => ({ x: dayOf(point.monthEnd), y: point.reach, approximate: point.approximate })) },
          ]}
          approximateLegend={tc("approximateLegend")}
          emptyLabel={t("reachChart.empty")}
          tableLabel={t("tableLabel")}
        />
      </div>
    </section>
  );
}
