import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { akimatName } from "@/components/comparison/akimat-name";
import { AkimatFigures } from "@/components/profile/akimat-figures";
import { AkimatHeader } from "@/components/profile/akimat-header";
import { AkimatOfficials } from "@/components/profile/akimat-officials";
import { TextLink } from "@/components/ui/text-link";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/viewer";
import { getActivityOverTime } from "@/lib/data/dashboard/get-activity-over-time";
import { getAkimatProfile } from "@/lib/data/profiles/get-akimat-profile";
import { getAkimatReachOverTime } from "@/lib/data/profiles/get-akimat-reach-over-time";
import { asOfFromParam } from "@/lib/domain/as-of";

/** Read once per request, for the title and the page. */
const loadAkimat = cache(async (id: string) => getAkimatProfile({ viewer: await requireViewer(), id }));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const [akimat, locale] = await Promise.all([loadAkimat((await params).id), getLocale()]);
  return { title: akimat ? akimatName(akimat, locale) : (await getTranslations("profile.akimat"))("notFoundTitle") };
}

/** An akimat's page: who works there now and before, and its figures over time (`?asOf=` moves them back). */
export default async function AkimatPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ asOf?: string }> }) {
  const viewer = await requireViewer();
  if (!can(viewer, "registry.view")) notFound();
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const akimat = await loadAkimat(id);
  if (!akimat) notFound();
  const asOf = asOfFromParam(search.asOf);
  const [activity, reach, t, format, locale] = await Promise.all([
    getActivityOverTime({ asOf, akimatSlugs: [akimat.slug] }),
    getAkimatReachOverTime({ viewer, akimatId: akimat.id, asOf }),
    getTranslations("profile.akimat"),
    getFormatter(),
    getLocale(),
  ]);

  return (
    <div className="flex flex-col gap-6">
      <TextLink href="/akimats" className="text-sm">
        ← {t("back")}
      </TextLink>
      <AkimatHeader akimat={akimat} locale={locale} editHref={can(viewer, "registry.manage") ? `/akimats/${akimat.id}/edit` : null} />
      <AkimatOfficials current={akimat.current} past={akimat.past} />
      <p className="text-sm text-zinc-700 dark:text-zinc-300">{t("asOf", { date: format.dateTime(asOf, { dateStyle: "long" }) })}</p>
      <AkimatFigures activity={activity.find((entry) => entry.akimatId === akimat.id)?.points ?? []} reach={reach} locale={locale} />
    </div>
  );
}
