import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { akimatName } from "@/components/comparison/akimat-name";
import { Button, buttonClasses } from "@/components/ui/button";
import { FilterSelect } from "@/components/ui/filter-select";
import { Notice } from "@/components/ui/notice";
import { TextLink } from "@/components/ui/text-link";
import { AkimatPicker } from "@/components/waves/akimat-picker";
import { ChangeSummaries } from "@/components/waves/change-summaries";
import { ChangesTable } from "@/components/waves/changes-table";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/viewer";
import { listCurrentAkimats } from "@/lib/data/registry/list-current-akimats";
import { getWaveChanges } from "@/lib/data/waves/get-wave-changes";
import { listWaveCuts } from "@/lib/data/waves/wave-cut";
import type { ChangeEndpoint } from "@/lib/domain/wave-changes";
import { endpointParam, endpointsOf, type ChangesSearch } from "./endpoints";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("waveChanges"))("title") };
}

/**
 * What changed between two waves or dates (issue 16, part 4): a GET form choosing the two, the akimats' counts,
 * then one page of 50 officials, largest follower change first; approved data only. The CSV has every official.
 */
export default async function WaveChangesPage({ searchParams }: { searchParams: Promise<ChangesSearch> }) {
  const viewer = await requirePermission("wave.view");
  const search = await searchParams;
  const { from, to, page, akimats } = endpointsOf(search);
  const [waves, allAkimats, report, t, tw, format, locale] = await Promise.all([
    listWaveCuts(),
    listCurrentAkimats({ viewer }),
    from && to ? getWaveChanges({ viewer, from, to, page, akimatSlugs: akimats }) : null,
    getTranslations("waveChanges"),
    getTranslations("waves"),
    getFormatter(),
    getLocale(),
  ]);
  // Open waves first, then the newest, as on /waves.
  const waveOptions = waves.sort((a, b) => Number(a.closedAt !== null) - Number(b.closedAt !== null)).map((wave) => ({ value: wave.id, label: wave.name }));
  const sideField = (name: "from" | "to", endpoint: ChangeEndpoint | null) => (
    <fieldset className="flex flex-wrap items-end gap-3">
      <legend className="mb-1 font-semibold">{t(name)}</legend>
      <FilterSelect name={name} label={t("wave")} any={t("aDate")} value={endpoint?.kind === "wave" ? endpoint.waveId : ""} options={waveOptions} />
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-semibold">{t("orDate")}</span>
        <input
          type="date"
          name={`${name}Date`}
          defaultValue={endpoint?.kind === "date" ? endpoint.day : ""}
          className="rounded-md border border-zinc-400 bg-white px-2 py-1 dark:border-zinc-600 dark:bg-zinc-900"
        />
      </label>
    </fieldset>
  );
  const query = (extra: Record<string, string> = {}) =>
    from && to
      ? new URLSearchParams({ from: endpointParam(from), to: endpointParam(to), ...(akimats.length ? { akimats: akimats.join(",") } : {}), ...extra })
          .toString()
          .replaceAll("%2C", ",")
      : "";
  const label = (side: NonNullable<typeof report>["from"]) =>
    side.kind === "wave" ? side.name : format.dateTime(new Date(`${side.day}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });

  return (
    <div className="flex flex-col gap-5">
      <TextLink href="/waves" className="text-sm">
        {tw("back")}
      </TextLink>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-zinc-700 dark:text-zinc-300">{t("intro")}</p>
      <form method="get" action="/waves/changes" aria-label={t("choose")} className="flex flex-wrap items-end gap-6">
        {sideField("from", from)}
        {sideField("to", to)}
        <AkimatPicker
          name="akimats"
          legend={t("akimats")}
          help={t("akimatsHelp")}
          values={akimats}
          akimats={allAkimats.map((akimat) => ({ id: akimat.id, slug: akimat.slug, label: akimatName(akimat, locale), parentId: akimat.parentId }))}
        />
        <Button type="submit">{t("show")}</Button>
      </form>
      <p className="text-xs text-zinc-600 dark:text-zinc-400">{t("dateHelp")}</p>
      {!from || !to ? (
        <Notice>{t("chooseTwo")}</Notice>
      ) : !report ? (
        <Notice tone="warning">{t("unknownWave")}</Notice>
      ) : (
        <>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 className="text-xl font-semibold">{t("heading", { from: label(report.from), to: label(report.to) })}</h2>
            <a href={`/waves/changes.csv?${query()}`} className={buttonClasses("secondary")} download>
              {t("download")}
            </a>
          </div>
          <ChangeSummaries
            summaries={report.summaries.map(({ akimat, summary }) => ({ name: akimatName(akimat, locale), summary }))}
            platforms={report.platforms}
          />
          {report.rows.length === 0 ? <Notice>{t("empty")}</Notice> : <ChangesTable rows={report.rows} />}
          {report.pages > 1 && (
            <nav aria-label={t("page", { page: report.page, pages: report.pages })} className="flex items-center gap-4 text-sm">
              {report.page > 1 && <TextLink href={`/waves/changes?${query({ page: String(report.page - 1) })}`}>{t("previous")}</TextLink>}
              <span>{t("page", { page: report.page, pages: report.pages })}</span>
              {report.page < report.pages && <TextLink href={`/waves/changes?${query({ page: String(report.page + 1) })}`}>{t("next")}</TextLink>}
            </nav>
          )}
          {/* The same two sides as a public embed, for editors: the builder previews it and gives the code. */}
          {can(viewer, "embed.build") && (
            <p>
              <TextLink
                href={`/embed-builder?${new URLSearchParams({ kind: "changes", from: endpointParam(from), to: endpointParam(to), ...(akimats.length ? { akimats: akimats.join(",") } : {}) })}`}
              >
                {t("embed")}
              </TextLink>
            </p>
          )}
        </>
      )}
    </div>
  );
}
