import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { historyPageQuery } from "@/lib/validation/profile-page";
import { HistoryPager } from "./history-pager";
import { OfficialReachChart, type ReachSeriesView } from "./official-reach-chart";
import { PendingLine } from "./pending-line";
import { SubjectHistory, type HistorySubjectView } from "./subject-history";

export type HistoryPageView = { subjects: HistorySubjectView[]; total: number; page: number; pageCount: number; pageSize: number };

/** Where the pager's links land: the list itself, not the top of the profile. */
const LIST_ID = "observation-list";

/**
 * The official's published record: reach over time across accounts (the whole history), then one page of each
 * account's history with what changed and the screenshots behind it. Entries not yet published are only
 * counted, above it all. `path` and `search` are the profile's address, which the page links keep.
 */
export async function OfficialObservations({
  history,
  requestedPage,
  reach,
  pending,
  reviewHref,
  locale,
  path,
  search,
}: {
  history: HistoryPageView;
  requestedPage: number;
  reach: ReachSeriesView[];
  pending: { submitted: number; changesRequested: number };
  reviewHref: string | null;
  locale: string;
  path: string;
  search: Record<string, string | string[] | undefined>;
}) {
  const t = await getTranslations("profile.history");
  const { subjects, total, page, pageCount, pageSize } = history;
  const first = (page - 1) * pageSize + 1;
  const href = (target: number) => `${path}${historyPageQuery(search, target)}#${LIST_ID}`;
  return (
    <section aria-labelledby="observation-history" className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <h2 id="observation-history" className="text-xl font-semibold">
          {t("title")}
        </h2>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">{t("intro")}</p>
        <PendingLine {...pending} reviewHref={reviewHref} />
      </div>
      {total > 0 ? (
        <>
          <OfficialReachChart series={reach} locale={locale} />
          <p id={LIST_ID} className="scroll-mt-4 text-sm font-semibold">
            {pageCount > 1 ? t("range", { first, last: Math.min(page * pageSize, total), total }) : t("total", { total })}
          </p>
          {requestedPage > pageCount && <Notice>{t("outOfRange", { requested: requestedPage, pageCount })}</Notice>}
          {subjects.map((subject) => (
            <SubjectHistory key={subject.key} subject={subject} />
          ))}
          <HistoryPager page={page} pageCount={pageCount} href={href} />
        </>
      ) : (
        <p className="text-sm">{t("empty")}</p>
      )}
    </section>
  );
}
