import { getLocale, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import type { ReactElement } from "react";
import { akimatName } from "@/components/comparison/akimat-name";
import { EmbedBuilderForm } from "@/components/embed/embed-builder-form";
import type { Viewer } from "@/lib/auth/permissions";
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

/** A side as the form shows it: its wave chosen, or its day filled in. */
const asBuilderSide = (side: ChangeEndpoint) => (side.kind === "wave" ? { wave: side.waveId } : { date: side.day });

/** The builder's choices as a query: a parameter given twice (checkboxes) joined with commas, as the embeds read it. */
export function builderQuery(search: SearchParams): URLSearchParams {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (typeof value === "string") query.set(key, value);
    else if (Array.isArray(value)) query.set(key, value.join(","));
  }
  return query;
}

/**
 * The builder's GET form for the choices in `query`, and what they give: the embed's address (`path`, canonical),
 * the frame's title, and the public origin readers' browsers will use (the one this editor reached the newsroom
 * at). The builder's page and a saved embed's page both choose a view with it, so both make the same addresses.
 */
export async function embedBuilderView({
  viewer,
  query,
}: {
  viewer: Viewer;
  query: URLSearchParams;
}): Promise<{ form: ReactElement; path: string; title: string; origin: string }> {
  const [t, tp, tc, locale, akimats, subjects, waves, origin] = await Promise.all([
    getTranslations("embedBuilder"),
    getTranslations("platforms"),
    getTranslations("common"),
    getLocale(),
    listAkimats({ viewer }),
    listObservationSubjects(),
    listWaveCuts(),
    headers().then(requestOrigin),
  ]);
  const officials = subjects.flatMap((akimat) =>
    akimat.officials.map((official) => ({ value: official.id, label: `${official.fullName} — ${akimatName(akimat, locale)}` })),
  );
  // Pinned to today unless the editor chose a day, a wave or "live": the article keeps the figures it was written with,
  // as they were published on the day the code was made (`published`).
  const today = asOfToParam(new Date());
  const dates = builderEmbedDates(
    query,
    today,
    waves.map((wave) => wave.id),
  );
  const comparison = { ...parseComparisonEmbedOptions(query), asOf: dates.asOf, wave: dates.wave, published: dates.published };
  const officialId = officials.find((official) => official.value === query.get("official"))?.value;
  const kind = query.get("kind") === "changes" ? "changes" : query.get("kind") === "official" && officialId ? "official" : "comparison";
  const changes = builderChangesEmbedOptions(query, { today, waves: waves.map((wave) => ({ id: wave.id, closed: wave.closedAt !== null })) });
  const path =
    kind === "official"
      ? `/embed/official/${officialId}?${officialEmbedQuery({ ...parseOfficialEmbedOptions(query), asOf: dates.asOf, wave: dates.wave, published: dates.published })}`
      : kind === "changes"
        ? `/embed/changes?${changesEmbedQuery(changes)}`
        : `/embed/comparison?${comparisonEmbedQuery(comparison)}`;
  const title =
    kind === "official"
      ? t("officialFrameTitle", { name: officials.find((o) => o.value === officialId)!.label })
      : kind === "changes"
        ? t("changesFrameTitle")
        : t("comparisonFrameTitle");
  const waveOptions = waves.map((wave) => ({ value: wave.id, label: t(wave.closedAt ? "closedWave" : "openWave", { name: wave.name }) }));
  const form = (
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
      datesWaves={waveOptions}
      changes={{
        labels: { then: t("then"), now: t("now"), wave: t("wave"), aDate: t("aDate"), orDate: t("orDate"), sidesHelp: t("sidesHelp") },
        waves: waveOptions,
        from: asBuilderSide(changes.from),
        to: asBuilderSide(changes.to),
      }}
      charts={{
        label: t("chart"),
        help: t("chartHelp"),
        none: t("charts.none"),
        labels: {
          reach: t("charts.reach"),
          openness: t("charts.openness"),
          accounts: t("charts.accounts"),
          followers: t("charts.followers"),
        },
        value: kind === "changes" ? changes.chart : comparison.chart,
      }}
    />
  );
  return { form, path, title, origin };
}
