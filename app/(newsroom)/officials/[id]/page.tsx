import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { OfficialObservations } from "@/components/profile/official-observations";
import { AccountList } from "@/components/registry/account-list";
import { PositionHistory } from "@/components/registry/position-history";
import { buttonClasses } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextLink } from "@/components/ui/text-link";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { countPendingObservations } from "@/lib/data/profiles/count-pending-observations";
import { getObservationHistoryPage } from "@/lib/data/profiles/get-observation-history-page";
import { getOfficialReachSeries } from "@/lib/data/profiles/get-official-reach-series";
import { getOfficial } from "@/lib/data/registry/get-official";
import { newsroomDay, toDateOnlyInput } from "@/lib/domain/time";
import { parseHistoryPage } from "@/lib/validation/profile-page";
import type { SearchParams } from "@/lib/validation/search-params";
import { endPositionAction } from "../actions";

const NOTICES = ["created", "saved", "positionSaved", "positionEnded", "accountAdded", "accountSaved"] as const;

/** Read once per request, for the title and the page. */
const loadOfficial = cache(async (id: string) => getOfficial({ viewer: await requireViewer(), id }));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const official = await loadOfficial((await params).id);
  return { title: official?.fullName ?? (await getTranslations("common"))("notFoundTitle") };
}

/** An official's page: posts, accounts, and the published history, a page at a time (`?page=2` is older). */
export default async function OfficialPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "registry.view")) notFound();
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const notice = [search.notice].flat()[0];
  const page = parseHistoryPage(search);
  const [official, history, reach, pending, locale] = await Promise.all([
    loadOfficial(id),
    getObservationHistoryPage({ viewer, officialId: id, page }),
    getOfficialReachSeries({ viewer, officialId: id }),
    countPendingObservations({ viewer, officialId: id }),
    getLocale(),
  ]);
  if (!official) notFound();
  const t = await getTranslations("registry.official");
  const mayManage = can(viewer, "registry.manage");
  const shownNotice = NOTICES.find((known) => known === notice);

  return (
    <div className="flex flex-col gap-6">
      <TextLink href="/officials" className="text-sm">
        ← {t("back")}
      </TextLink>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{official.fullName}</h1>
          {official.fullNameLatin && (
            <p lang="en" className="text-zinc-700 dark:text-zinc-300">
              {official.fullNameLatin}
            </p>
          )}
        </div>
        {mayManage && (
          <Link href={`/officials/${official.id}/edit`} className={buttonClasses("secondary")}>
            {t("edit")}
          </Link>
        )}
      </div>
      {shownNotice && <Notice tone="success">{t(`notices.${shownNotice}`)}</Notice>}

      <section aria-labelledby="positions" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="positions" className="text-xl font-semibold">
            {t("positions")}
          </h2>
          {mayManage && (
            <Link href={`/officials/${official.id}/positions/new`} className={buttonClasses("secondary")}>
              {t("addPosition")}
            </Link>
          )}
        </div>
        <PositionHistory
          officialId={official.id}
          current={official.currentPositions}
          past={official.pastPositions}
          mayManage={mayManage}
          endAction={endPositionAction}
          today={toDateOnlyInput(newsroomDay(new Date()))}
        />
      </section>

      <section aria-labelledby="accounts" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="accounts" className="text-xl font-semibold">
            {t("accounts")}
          </h2>
          {can(viewer, "account.create") && (
            <Link href={`/officials/${official.id}/accounts/new`} className={buttonClasses("secondary")}>
              {t("addAccount")}
            </Link>
          )}
        </div>
        <AccountList officialId={official.id} accounts={official.accounts} mayEdit={mayManage} />
      </section>

      <OfficialObservations
        history={history}
        requestedPage={page}
        reach={reach}
        pending={pending}
        reviewHref={can(viewer, "review.queue") ? "/review" : null}
        locale={locale}
        path={`/officials/${official.id}`}
        search={search}
      />
    </div>
  );
}
