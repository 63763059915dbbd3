import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { akimatName } from "@/components/comparison/akimat-name";
import { EvidenceList } from "@/components/observation-form/evidence-list";
import { ObservationSummary } from "@/components/observation-form/observation-summary";
import { Button } from "@/components/ui/button";
import { FilterSelect } from "@/components/ui/filter-select";
import { Notice } from "@/components/ui/notice";
import { TextLink } from "@/components/ui/text-link";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/viewer";
import { listReviewQueue, listReviewQueueFilters } from "@/lib/data/observations/list-review-queue";
import { noteReviewQueueVisit } from "@/lib/data/observations/note-review-queue-visit";
import { PLATFORM_ORDER } from "@/lib/domain/platforms";
import { approveObservationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("title") };
}

type Search = { notice?: string; akimat?: string; platform?: string; reporter?: string };

export default async function ReviewPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requirePermission("review.queue");
  const search = await searchParams;
  const { notice } = search;
  const platform = PLATFORM_ORDER.find((p) => p === search.platform);
  // Coming back after a decision (a notice) is not a new visit: only a fresh look resets what is new.
  const visit = notice ? null : await noteReviewQueueVisit({ viewer });
  const [queue, filters, t, tc, tp, format, locale] = await Promise.all([
    listReviewQueue({ viewer, filter: { akimatId: search.akimat || undefined, platform, authorId: search.reporter || undefined } }),
    listReviewQueueFilters({ viewer }),
    getTranslations("review"),
    getTranslations("common"),
    getTranslations("platforms"),
    getFormatter(),
    getLocale(),
  ]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-zinc-700 dark:text-zinc-300">{t("intro")}</p>
      <form method="get" aria-label={t("filters")} className="flex flex-wrap items-end gap-3 text-sm">
        <FilterSelect
          name="akimat"
          label={t("akimat")}
          any={t("any")}
          value={search.akimat}
          options={filters.akimats.map((a) => ({ value: a.id, label: akimatName(a, locale) }))}
        />
        <FilterSelect name="platform" label={t("platform")} any={t("any")} value={platform} options={PLATFORM_ORDER.map((p) => ({ value: p, label: tp(p) }))} />
        <FilterSelect
          name="reporter"
          label={t("reporter")}
          any={t("any")}
          value={search.reporter}
          options={filters.reporters.map((r) => ({ value: r.id, label: r.name }))}
        />
        <Button type="submit" variant="secondary">
          {t("apply")}
        </Button>
      </form>
      {notice === "approved" && <Notice tone="success">{t("approved")}</Notice>}
      {notice === "requestChanges" && <Notice tone="success">{t("changesRequested")}</Notice>}
      {notice === "reject" && <Notice tone="success">{t("rejected")}</Notice>}
      {notice === "conflict" && <Notice tone="error">{t("conflict")}</Notice>}
      {notice === "forbidden" && <Notice tone="error">{t("ownEntry")}</Notice>}
      {notice?.startsWith("error-") && <Notice tone="error">{tc("unexpected", { id: notice.slice(6) })}</Notice>}
      {visit?.lastVisit && visit.arrivedSince > 0 && (
        <Notice>{t("arrivedSince", { count: visit.arrivedSince, date: format.dateTime(visit.lastVisit, { dateStyle: "medium", timeStyle: "short" }) })}</Notice>
      )}
      {queue.length === 0 && <Notice>{t("empty")}</Notice>}
      <ol className="flex flex-col gap-4">
        {queue.map((observation) => {
          const mayApprove = can(viewer, "observation.approve", { authorId: observation.authorId, status: "SUBMITTED" });
          const heading = `${observation.official.fullName} · ${tp(observation.platform)}`;
          return (
            <li key={observation.id}>
              <article
                aria-label={heading}
                className="flex flex-col gap-3 rounded-lg border border-zinc-300 bg-white p-4 dark:border-zinc-700 dark:bg-zinc-900"
              >
                <header className="flex flex-wrap items-baseline justify-between gap-2">
                  <h2 className="text-lg font-semibold">
                    {heading}
                    {visit?.lastVisit && observation.submittedAt && observation.submittedAt > visit.lastVisit && (
                      <span className="ml-2 rounded bg-blue-100 px-1.5 py-0.5 align-middle text-xs font-semibold text-blue-900 dark:bg-blue-900 dark:text-blue-100">
                        {t("new")}
                      </span>
                    )}
                  </h2>
                  <p className="text-sm text-zinc-700 dark:text-zinc-300">
                    {t("submittedBy", { name: observation.author.name })}
                    {observation.submittedAt && `, ${format.dateTime(observation.submittedAt, { dateStyle: "medium", timeStyle: "short" })}`}
                  </p>
                </header>
                <ObservationSummary observation={observation} />
                <EvidenceList evidence={observation.evidence} />
                <div className="flex flex-wrap items-center gap-3">
                  {mayApprove ? (
                    <form action={approveObservationAction}>
                      <input type="hidden" name="id" value={observation.id} />
                      <input type="hidden" name="version" value={observation.version} />
                      <Button type="submit" aria-label={t("approveLabel", { official: observation.official.fullName, platform: tp(observation.platform) })}>
                        {t("approve")}
                      </Button>
                    </form>
                  ) : (
                    <p className="text-sm italic">{t("ownEntry")}</p>
                  )}
                  <TextLink href={`/review/${observation.id}`} className="text-sm font-semibold">
                    {t("open")}
                  </TextLink>
                </div>
              </article>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
