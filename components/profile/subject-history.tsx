import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { TextLink } from "@/components/ui/text-link";
import { activityOf } from "@/lib/domain/activity";
import { countMessageValues } from "@/lib/domain/metric";
import type { ComparableObservation } from "@/lib/domain/observation-diff";
import { observedPartialDate, showPartialDate } from "@/lib/domain/partial-date";
import type { Reach } from "@/lib/domain/reach";
import type { AccountKind, DatePrecision, Existence, Platform, Visibility } from "@/lib/generated/prisma/enums";
import { EvidenceStrip } from "./evidence-strip";
import { ObservationChanges } from "./observation-changes";

export type HistoryRow = ComparableObservation & {
  id: string;
  observedAt: Date;
  observedAtPrecision: DatePrecision;
  existence: Existence;
  visibility: Visibility | null;
  lastPostAtPrecision: DatePrecision;
  reach: Reach | null;
  evidence: { id: string; caption: string | null }[];
};

export type HistorySubjectView = {
  key: string;
  platform: Platform;
  account: { id: string; kind: AccountKind; label: string | null; handle: string | null } | null;
  /** This page's observations, newest first. */
  observations: HistoryRow[];
  /** The observation before the oldest one shown, from a later page: the last row's changes compare with it. */
  previous: HistoryRow | null;
};

const cell = "px-3 py-2 align-top";

/**
 * One account's published observations on this page of the history, newest first, each with what changed since
 * the one before it (for the oldest row here, the one before it on the next page).
 */
export async function SubjectHistory({ subject }: { subject: HistorySubjectView }) {
  const [t, tp, tk, te, tv, ta, tc, format, locale] = await Promise.all([
    getTranslations("profile.history"),
    getTranslations("platforms"),
    getTranslations("registry.kinds"),
    getTranslations("existence"),
    getTranslations("visibility"),
    getTranslations("activity"),
    getTranslations("common"),
    getFormatter(),
    getLocale(),
  ]);
  const name = subject.account
    ? [tp(subject.platform), subject.account.label, subject.account.handle].filter(Boolean).join(" · ")
    : t("searches", { platform: tp(subject.platform) });
  const headingId = `history-${subject.key}`;
  const observedOn = (row: HistoryRow) =>
    row.observedAtPrecision === "DAY"
      ? format.dateTime(row.observedAt, { dateStyle: "medium" })
      : showPartialDate(observedPartialDate(row.observedAt, row.observedAtPrecision), format.dateTime);
  const lastPost = (row: HistoryRow) => (row.lastPostAt ? showPartialDate({ date: row.lastPostAt, precision: row.lastPostAtPrecision }, format.dateTime) : "—");
  const reach = (row: HistoryRow) => {
    // A search that found nothing, or an account gone, has no audience at all: a dash, never a zero.
    if (row.existence !== "FOUND")
      return (
        <>
          <span aria-hidden="true">—</span>
          <span className="sr-only">{t("noAudience")}</span>
        </>
      );
    if (!row.reach) return <span className="text-zinc-600 dark:text-zinc-400">{t("noCount")}</span>;
    return t(row.reach.measure, countMessageValues(row.reach.value, row.reach.approximate, locale));
  };

  return (
    <article aria-labelledby={headingId} className="flex flex-col gap-3 rounded-lg border border-zinc-300 bg-white p-4 dark:border-zinc-700 dark:bg-zinc-900">
      <header className="flex flex-wrap items-baseline gap-x-3">
        <h3 id={headingId} className="font-semibold">
          {name}
        </h3>
        {subject.account && <span className="text-xs text-zinc-600 dark:text-zinc-400">{tk(subject.account.kind)}</span>}
      </header>
      {subject.observations.length === 0 ? (
        <p className="text-sm">{t("accountEmpty")}</p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t("caption", { subject: name })}</caption>
            <thead className="bg-zinc-100 dark:bg-zinc-800">
              <tr>
                {(["date", "result", "visibility", "reach", "lastPost", "activity", "changes"] as const).map((column) => (
                  <th key={column} scope="col" className="px-3 py-2">
                    {t(column)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {subject.observations.map((row, index) => (
                <tr key={row.id} className="border-t border-zinc-200 dark:border-zinc-700">
                  <th scope="row" className={`${cell} font-normal whitespace-nowrap`}>
                    <TextLink href={`/observations/${row.id}`}>{observedOn(row)}</TextLink>
                    {row.observedAtPrecision !== "DAY" && <span className="sr-only"> ({tc(`datePrecision.${row.observedAtPrecision}`)})</span>}
                  </th>
                  <td className={`${cell} ${row.existence === "FOUND" ? "" : "font-semibold text-red-800 dark:text-red-300"}`}>{te(row.existence)}</td>
                  <td className={cell}>{row.visibility ? tv(row.visibility) : "—"}</td>
                  <td className={`${cell} tabular-nums whitespace-nowrap`}>{reach(row)}</td>
                  <td className={`${cell} whitespace-nowrap`}>
                    {lastPost(row)}
                    {row.lastPostAt && row.lastPostAtPrecision !== "DAY" && (
                      <span className="sr-only"> ({tc(`datePrecision.${row.lastPostAtPrecision}`)})</span>
                    )}
                  </td>
                  <td className={cell}>{ta(activityOf(row))}</td>
                  <td className={`${cell} text-xs`}>
                    <ObservationChanges previous={subject.observations[index + 1] ?? subject.previous} current={row} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <EvidenceStrip observations={subject.observations} subject={name} />
    </article>
  );
}
