import { getFormatter, getTranslations } from "next-intl/server";
import { activityRestatesCell, STALE_AFTER_DAYS, type Activity } from "@/lib/domain/activity";
import { seenEarlierGroups, type ComparisonCell as Cell } from "@/lib/domain/comparison";
import { countMessageValues } from "@/lib/domain/metric";
import { observedPartialDate, showPartialDate } from "@/lib/domain/partial-date";

const ACTIVITY_TONE: Record<Activity, string> = {
  ACTIVE: "text-green-800 dark:text-green-300",
  OCCASIONAL: "text-green-800 dark:text-green-300",
  DORMANT: "text-amber-800 dark:text-amber-300",
  ABANDONED: "text-red-800 dark:text-red-300",
  CLOSED: "text-zinc-700 dark:text-zinc-300",
  NOT_FOUND: "text-red-800 dark:text-red-300",
  UNKNOWN: "text-zinc-600 dark:text-zinc-400",
};

/** What one account (or one fruitless search) shows in the comparison. */
export async function ComparisonCellView({ cells, locale }: { cells: Cell[] | undefined; locale: string }) {
  // The language is passed in, not read from the cookie: the public embed takes it from its query string.
  const [t, ta, tc, format] = await Promise.all([
    getTranslations({ locale, namespace: "dashboard" }),
    getTranslations({ locale, namespace: "activity" }),
    getTranslations({ locale, namespace: "common" }),
    getFormatter({ locale }),
  ]);
  if (!cells?.length) {
    return (
      <span className="text-zinc-500 dark:text-zinc-400">
        <span aria-hidden="true">—</span>
        <span className="sr-only">{t("notObserved")}</span>
      </span>
    );
  }
  return (
    <ul className="flex flex-col gap-2">
      {cells.map((cell, index) => (
        <li key={cell.accountId ?? `search-${index}`} className="flex flex-col gap-0.5">
          {cells.length > 1 && cell.accountLabel && <span className="text-xs font-semibold">{cell.accountLabel}</span>}
          {cell.existence === "NOT_FOUND" ? (
            <span className="font-semibold text-red-800 dark:text-red-300">{t("notFound")}</span>
          ) : cell.existence !== "FOUND" ? (
            <span className="font-semibold text-red-800 dark:text-red-300">{t(cell.existence === "DELETED" ? "deleted" : "suspended")}</span>
          ) : (
            <>
              {cell.reach ? (
                <span className="font-semibold tabular-nums">
                  {t(cell.reach.measure, countMessageValues(cell.reach.value, cell.reach.approximate, locale))}
                </span>
              ) : (
                <span className="text-zinc-600 dark:text-zinc-400">{t("noCount")}</span>
              )}
              {cell.visibility === "CLOSED" && (
                <span className="w-fit rounded bg-zinc-800 px-1.5 text-xs font-semibold text-white dark:bg-zinc-200 dark:text-zinc-900">{t("closed")}</span>
              )}
              {cell.visibility === "PARTIAL" && <span className="text-xs">{t("partial")}</span>}
              {!activityRestatesCell(cell.activity) && <span className={`text-xs font-semibold ${ACTIVITY_TONE[cell.activity]}`}>{ta(cell.activity)}</span>}
              {cell.lastPostAt && (
                <span className="text-xs text-zinc-700 dark:text-zinc-300">
                  {t("lastPost", { date: showPartialDate({ date: cell.lastPostAt, precision: cell.lastPostAtPrecision }, format.dateTime) })}
                  {cell.lastPostAtPrecision !== "DAY" && <span className="sr-only"> ({tc(`datePrecision.${cell.lastPostAtPrecision}`)})</span>}
                </span>
              )}
              {cell.attribution === "UNCERTAIN" && <span className="text-xs italic text-amber-800 dark:text-amber-300">{t("attributionUncertain")}</span>}
              {seenEarlierGroups(cell.seenEarlier).map(({ fields, seenAt }) => (
                <span key={seenAt.getTime()} className="text-xs text-zinc-600 dark:text-zinc-400">
                  {t("seenEarlier", {
                    fields: fields.map((field) => t(`seenEarlierField.${field}`)).join(", "),
                    date: format.dateTime(seenAt, { dateStyle: "medium" }),
                  })}
                </span>
              ))}
              {cell.stale && (
                <span className="w-fit rounded border border-amber-700 px-1 text-xs text-amber-900 dark:border-amber-300 dark:text-amber-200">
                  {ta("stale", { days: STALE_AFTER_DAYS })} ·{" "}
                  {t("observed", { date: showPartialDate(observedPartialDate(cell.observedAt, cell.observedAtPrecision), format.dateTime) })}
                </span>
              )}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
