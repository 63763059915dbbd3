import { getTranslations } from "next-intl/server";
import { akimatName } from "@/components/comparison/akimat-name";
import { Table } from "@/components/ui/table";
import type { AkimatSummary } from "@/lib/domain/dashboard";
import { formatCount } from "@/lib/domain/metric";

/** The akimats side by side: the figures an editor quotes, each with what it counts. */
export async function AkimatSummaries({ summaries, locale }: { summaries: AkimatSummary[]; locale: string }) {
  const [t, tp] = await Promise.all([getTranslations("dashboard.summary"), getTranslations("platforms")]);
  return (
    <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
      {summaries.map((summary) => (
        <section
          key={summary.akimatId}
          aria-labelledby={`summary-${summary.slug}`}
          className="flex flex-col gap-3 rounded-lg border border-zinc-300 bg-white p-4 dark:border-zinc-700 dark:bg-zinc-900"
        >
          <h2 id={`summary-${summary.slug}`} className="text-lg font-bold">
            {akimatName(summary, locale)}
          </h2>
          <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm">
            {(["officials", "withFoundAccount", "withPublicAccount", "activeWithin90Days", "notFoundAnywhere", "notSurveyed"] as const).map((key) => (
              <div key={key} className="contents">
                <dt>{t(key)}</dt>
                <dd className="text-right font-semibold tabular-nums">{summary[key]}</dd>
              </div>
            ))}
            <dt>{t("meanOpenness")}</dt>
            <dd className="text-right font-semibold tabular-nums">
              {summary.meanOpenness === null ? t("none") : t("outOf100", { value: Math.round(summary.meanOpenness) })}
            </dd>
            {/* A mean says over whom: a withheld index (too few parts assessed) is in no mean. */}
            <dt className="pl-3">{t("opennessShown")}</dt>
            <dd className="text-right tabular-nums">{summary.opennessShown}</dd>
            <dt>{t("opennessWithheld")}</dt>
            <dd className="text-right tabular-nums">{summary.opennessWithheld}</dd>
          </dl>
          {summary.reach.length > 0 && (
            <Table
              density="figures"
              scroll={false}
              caption={t("reachCaption", { akimat: akimatName(summary, locale) })}
              head={
                <>
                  <th scope="col" className="font-semibold">
                    {t("platform")}
                  </th>
                  <th scope="col" className="text-right font-semibold">
                    {t("accounts")}
                  </th>
                  <th scope="col" className="text-right font-semibold">
                    {t("median")}
                  </th>
                  <th scope="col" className="text-right font-semibold">
                    {t("total")}
                  </th>
                </>
              }
            >
              {summary.reach.map((reach) => (
                <tr key={reach.platform} className="border-t border-zinc-200 dark:border-zinc-700">
                  <th scope="row" className="font-normal">
                    {tp(reach.platform)}
                  </th>
                  <td className="text-right tabular-nums">{reach.accounts}</td>
                  <td className="text-right tabular-nums">{formatCount(Math.round(reach.median), reach.approximate, locale)}</td>
                  <td className="text-right font-semibold tabular-nums">{formatCount(reach.total, reach.approximate, locale)}</td>
                </tr>
              ))}
            </Table>
          )}
        </section>
      ))}
    </div>
  );
}
