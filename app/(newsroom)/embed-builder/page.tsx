import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { akimatName } from "@/components/comparison/akimat-name";
import { CopyCode } from "@/components/embed/copy-code";
import { EmbedBuilderForm } from "@/components/embed/embed-builder-form";
import { embedCode } from "@/components/embed/embed-code";
import { requirePermission } from "@/lib/auth/viewer";
import { listAkimats } from "@/lib/data/registry/list-akimats";
import { listObservationSubjects } from "@/lib/data/registry/list-observation-subjects";
import { listWaveCuts } from "@/lib/data/waves/wave-cut";
import { asOfToParam } from "@/lib/domain/as-of";
import { PLATFORM_ORDER } from "@/lib/domain/platforms";
import type { ChangeEndpoint } from "@/lib/domain/wave-changes";
import { requestOrigin } from "@/lib/http/forwarded";
import { LOCALES } from "@/lib/i18n/config";
import {
  builderChangesEmbedOptions,
  builderEmbedDates,
  changesEmbedQuery,
  comparisonEmbedQuery,
  officialEmbedQuery,
  parseComparisonEmbedOptions,
  parseOfficialEmbedOptions,
} from "@/lib/validation/embed-options";
import type { SearchParams } from "@/lib/validation/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("embedBuilder"))("title") };
}

/** A side as the form shows it: its wave chosen, or its day filled in. */
const asBuilderSide = (side: ChangeEndpoint) => (side.kind === "wave" ? { wave: side.waveId } : { date: side.day });

/** The address readers' browsers will use: the one this editor reached the newsroom at. */
async function publicOrigin(): Promise<string> {
  return requestOrigin(await headers());
}

export default async function EmbedBuilderPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePermission("embed.build");
  const search = await searchParams;
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (typeof value === "string") query.set(key, value);
    else if (Array.isArray(value)) query.set(key, value.join(","));
  }
  const [t, tp, tc, locale, akimats, subjects, waves, origin] = await Promise.all([
    getTranslations("embedBuilder"),
    getTranslations("platforms"),
    getTranslations("common"),
    getLocale(),
    listAkimats({ viewer }),
    listObservationSubjects(),
    listWaveCuts(),
    publicOrigin(),
  ]);
  const officials = subjects.flatMap((akimat) =>
    akimat.officials.map((official) => ({ value: official.id, label: `${official.fullName} — ${akimatName(akimat, locale)}` })),
  );
  // Pinned to today unless the editor chose a day, a wave or "live": the article keeps the figures it was written with.
  const today = asOfToParam(new Date());
  const dates = builderEmbedDates(
    query,
    today,
    waves.map((wave) => wave.id),
  );
  const comparison = { ...parseComparisonEmbedOptions(query), asOf: dates.asOf, wave: dates.wave };
  const officialId = officials.find((official) => official.value === query.get("official"))?.value;
  const kind = query.get("kind") === "changes" ? "changes" : query.get("kind") === "official" && officialId ? "official" : "comparison";
  const changes = builderChangesEmbedOptions(query, { today, waves: waves.map((wave) => ({ id: wave.id, closed: wave.closedAt !== null })) });
  const path =
    kind === "official"
      ? `/embed/official/${officialId}?${officialEmbedQuery({ ...parseOfficialEmbedOptions(query), asOf: dates.asOf, wave: dates.wave })}`
      : kind === "changes"
        ? `/embed/changes?${changesEmbedQuery(changes)}`
        : `/embed/comparison?${comparisonEmbedQuery(comparison)}`;
  const title =
    kind === "official"
      ? t("officialFrameTitle", { name: officials.find((o) => o.value === officialId)!.label })
      : kind === "changes"
        ? t("changesFrameTitle")
        : t("comparisonFrameTitle");

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-zinc-700 dark:text-zinc-300">{t("intro")}</p>
      </div>
      <EmbedBuilderForm
        labels={{
          kind: t("kind"),
          comparison: t("comparison"),
          official: t("official"),
          changes: t("changes"),
          akimats: t("akimats"),
          akimatsHelp: kind === "changes" ? t("changesAkimatsHelp") : t("akimatsHelp"),
          officialPick: t("officialPick"),
          platform: t("platform"),
          allPlatforms: t("allPlatforms"),
          metric: t("metric"),
          language: t("language"),
          dates: t("dates"),
          pinned: t("pinned"),
          pinnedToWave: t("pinnedToWave"),
          live: t("live"),
          datesHelp: t("datesHelp"),
          show: t("show"),
        }}
        kind={kind}
        akimats={akimats.filter((akimat) => !akimat.endedOn).map((akimat) => ({ value: akimat.slug, label: akimatName(akimat, locale) }))}
        officials={officials}
        platforms={PLATFORM_ORDER.map((platform) => ({ value: platform, label: tp(platform) }))}
        languages={LOCALES.map((locale) => ({ value: locale, label: tc(`localeNames.${locale}`) }))}
        metricLabels={{ reach: t("metrics.reach"), activity: t("metrics.activity"), openness: t("metrics.openness") }}
        values={{
          akimats: kind === "changes" ? changes.akimats : comparison.akimats,
          official: officialId,
          platform: comparison.platform,
          metric: comparison.metric,
          lang: kind === "changes" ? changes.lang : comparison.lang,
          dates: dates.dates,
          asOf: dates.asOf ?? today,
          wave: dates.wave,
        }}
        datesWaves={waves.map((wave) => ({ value: wave.id, label: t(wave.closedAt ? "closedWave" : "openWave", { name: wave.name }) }))}
        changes={{
          labels: { then: t("then"), now: t("now"), wave: t("wave"), aDate: t("aDate"), orDate: t("orDate"), sidesHelp: t("sidesHelp") },
          waves: waves.map((wave) => ({ value: wave.id, label: t(wave.closedAt ? "closedWave" : "openWave", { name: wave.name }) })),
          from: asBuilderSide(changes.from),
          to: asBuilderSide(changes.to),
        }}
      />
      <section aria-labelledby="preview" className="flex flex-col gap-3">
        <h2 id="preview" className="text-xl font-semibold">
          {t("preview")}
        </h2>
        <p className="text-sm break-all text-zinc-700 dark:text-zinc-300">
          <a href={path} className="text-blue-800 underline dark:text-blue-300">
            {origin}
            {path}
          </a>
        </p>
        <iframe src={path} title={title} className="h-[36rem] w-full max-w-3xl resize rounded-lg border border-zinc-300 dark:border-zinc-700" />
        <CopyCode id="embed-code" code={embedCode({ src: `${origin}${path}`, title })} label={t("code")} copyLabel={t("copy")} copiedLabel={t("copied")} />
        <p className="text-sm text-zinc-700 dark:text-zinc-300">{t("codeHelp")}</p>
      </section>
    </div>
  );
}
