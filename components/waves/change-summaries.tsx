import { getFormatter, getTranslations } from "next-intl/server";
import { Row, Table } from "@/components/ui/table";
import type { AkimatChangeSummary, MedianReach } from "@/lib/domain/wave-changes";
import type { Platform } from "@/lib/generated/prisma/enums";

const COUNTED = ["NEW", "GONE", "OPENED", "CLOSED", "WENT_DORMANT", "ABANDONED", "CAME_BACK", "ATTRIBUTION_CHANGED"] as const;

/** Per akimat, the counts an article prints: "3 of 10 now have no account", medians then and now, what changed. */
export async function ChangeSummaries({ summaries, platforms }: { summaries: { name: string; summary: AkimatChangeSummary }[]; platforms: Platform[] }) {
  const [t, tp, format] = await Promise.all([getTranslations("waveChanges"), getTranslations("platforms"), getFormatter()]);
  const median = (value: MedianReach | undefined) => (value ? `${value.approximate ? "≈ " : ""}${format.number(value.value)}` : "—");
  return (
    <section aria-labelledby="changes-by-akimat" className="flex flex-col gap-2">
      <h2 id="changes-by-akimat" className="text-lg font-semibold">
        {t("byAkimat")}
      </h2>
      {/* Wide with several platforms: a scrolling region a keyboard can reach (axe: scrollable-region-focusable). */}
      <div className="relative overflow-x-auto" role="region" aria-labelledby="changes-by-akimat" tabIndex={0}>
        <Table
          density="compact"
          scroll={false}
          head={
            <>
              <th scope="col">{t("csv.columns.akimat")}</th>
              <th scope="col" className="text-right">
                {t("officials")}
              </th>
              <th scope="col">{t("noAccountThen")}</th>
              <th scope="col">{t("noAccountNow")}</th>
              {platforms.map((platform) => (
                <th key={platform} scope="col">
                  {tp(platform)}: {t("medianThen")} / {t("medianNow")}
                </th>
              ))}
              <th scope="col">{t("changes")}</th>
            </>
          }
        >
          {summaries.map(({ name, summary }) => (
            <Row key={name}>
              <th scope="row" className="font-normal">
                {name}
              </th>
              <td className="text-right tabular-nums">{format.number(summary.officials)}</td>
              <td>{summary.surveyedThen ? t("noAccount", { count: summary.noAccountThen, total: summary.surveyedThen }) : t("notSurveyed")}</td>
              <td>{summary.surveyedNow ? t("noAccount", { count: summary.noAccountNow, total: summary.surveyedNow }) : t("notSurveyed")}</td>
              {platforms.map((platform) => (
                <td key={platform} className="tabular-nums">
                  {median(summary.medianThen[platform])} → {median(summary.medianNow[platform])}
                </td>
              ))}
              <td>
                {COUNTED.filter((kind) => summary.counts[kind] > 0)
                  .map((kind) => `${t(`kinds.${kind}`)}: ${format.number(summary.counts[kind])}`)
                  .join(", ") || "—"}
              </td>
            </Row>
          ))}
        </Table>
      </div>
    </section>
  );
}
