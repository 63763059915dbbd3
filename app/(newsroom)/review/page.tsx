import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { akimatName } from "@/components/comparison/akimat-name";
import { HistoryPager } from "@/components/profile/history-pager";
import { ReviewQueueTable } from "@/components/review/review-queue-table";
import { Button } from "@/components/ui/button";
import { FilterSelect } from "@/components/ui/filter-select";
import { Notice } from "@/components/ui/notice";
import { TextLink } from "@/components/ui/text-link";
import { requirePermission } from "@/lib/auth/viewer";
import { listReviewQueue, listReviewQueueFilters } from "@/lib/data/observations/list-review-queue";
import { noteReviewQueueVisit } from "@/lib/data/observations/note-review-queue-visit";
import { PLATFORM_ORDER } from "@/lib/domain/platforms";
import { parseReviewQueueView, queueFilter, reviewQueueQuery } from "@/lib/validation/review-queue-filter";
import { firstValue, type SearchParams } from "@/lib/validation/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("title") };
}

const DONE: Record<string, string> = { approved: "approved", approvedLast: "approvedLast", requestChanges: "changesRequested", reject: "rejected" };

/**
 * The review queue: one line per submitted observation, first submitted first, fifty a page, filtered through
 * the address (a GET form: works without JavaScript, and a view can be shared). A fresh look notes the visit;
 * the previous one travels on in `since`, so that what is "new" stays the same across pages, filters and the
 * entries opened from here.
 */
export default async function ReviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePermission("review.queue");
  const search = await searchParams;
  const notice = firstValue(search.notice);
  const parsed = parseReviewQueueView(search);
  // A fresh look (no view carried, no decision just made) is a new visit; anything else continues the last one.
  const visit = notice || parsed.since || search.page ? null : await noteReviewQueueVisit({ viewer });
  const view = visit?.lastVisit ? { ...parsed, since: visit.lastVisit } : parsed;
  const [queue, filters, t, tc, tp, format, locale] = await Promise.all([
    listReviewQueue({ viewer, filter: queueFilter(view), page: view.page }),
    listReviewQueueFilters({ viewer }),
    getTranslations("review"),
    getTranslations("common"),
    getTranslations("platforms"),
    getFormatter(),
    getLocale(),
  ]);
  const shown = { ...view, page: queue.page };
  const filtered = Boolean(view.akimatId || view.platform || view.authorId || view.flaggedOnly || view.newOnly);
  const first = (queue.page - 1) * queue.pageSize + 1;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-zinc-700 dark:text-zinc-300">{t("intro")}</p>
      <form method="get" aria-label={t("filters")} className="flex flex-wrap items-end gap-3 text-sm">
        <FilterSelect
          name="akimat"
          label={t("akimat")}
          any={t("any")}
          value={view.akimatId}
          options={filters.akimats.map((a) => ({ value: a.id, label: akimatName(a, locale) }))}
        />
        <FilterSelect
          name="platform"
          label={t("platform")}
          any={t("any")}
          value={view.platform}
          options={PLATFORM_ORDER.map((p) => ({ value: p, label: tp(p) }))}
        />
        <FilterSelect
          name="reporter"
          label={t("reporter")}
          any={t("any")}
          value={view.authorId}
          options={filters.reporters.map((r) => ({ value: r.id, label: r.name }))}
        />
        <div className="flex flex-col gap-1">
          <label className="flex items-center gap-2">
            <input type="checkbox" name="flagged" value="1" defaultChecked={view.flaggedOnly} />
            {t("queue.flaggedOnly")}
          </label>
          {view.since && (
            <label className="flex items-center gap-2">
              <input type="checkbox" name="new" value="1" defaultChecked={view.newOnly} />
              {t("queue.newOnly")}
            </label>
          )}
        </div>
        {view.since && <input type="hidden" name="since" value={view.since.toISOString()} />}
        <Button type="submit" variant="secondary">
          {t("apply")}
        </Button>
        {filtered && (
          <TextLink href={`/review${reviewQueueQuery({ since: view.since })}`} className="self-center">
            {t("queue.clear")}
          </TextLink>
        )}
      </form>
      {notice && DONE[notice] && <Notice tone="success">{t(DONE[notice])}</Notice>}
      {notice === "conflict" && <Notice tone="error">{t("conflict")}</Notice>}
      {notice === "forbidden" && <Notice tone="error">{t("ownEntry")}</Notice>}
      {notice?.startsWith("error-") && <Notice tone="error">{tc("unexpected", { id: notice.slice(6) })}</Notice>}
      {visit?.lastVisit && visit.arrivedSince > 0 && (
        <Notice>{t("arrivedSince", { count: visit.arrivedSince, date: format.dateTime(visit.lastVisit, { dateStyle: "medium", timeStyle: "short" }) })}</Notice>
      )}
      {queue.total === 0 ? (
        <Notice>{filtered ? t("queue.emptyFiltered") : t("empty")}</Notice>
      ) : (
        <>
          <p className="text-sm font-semibold">
            {queue.pageCount > 1
              ? t("queue.range", { first, last: Math.min(queue.page * queue.pageSize, queue.total), total: queue.total })
              : t("queue.total", { total: queue.total })}
          </p>
          <ReviewQueueTable entries={queue.entries} query={reviewQueueQuery(shown)} since={view.since ?? null} viewerId={viewer.id} />
          <HistoryPager
            page={queue.page}
            pageCount={queue.pageCount}
            href={(page) => `/review${reviewQueueQuery({ ...shown, page })}`}
            namespace="review.pager"
          />
        </>
      )}
    </div>
  );
}
