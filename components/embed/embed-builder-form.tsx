import { buttonClasses } from "@/components/ui/button";
import { FilterCheckboxes, FilterSelect } from "@/components/ui/filter-select";
import { CHANGES_CHARTS, COMPARISON_CHARTS, EMBED_METRICS, type EmbedDates } from "@/lib/validation/embed-options";
import { EmbedBuilderSides, type BuilderSide } from "./embed-builder-sides";

type Option = { value: string; label: string };

type SidesLabels = Parameters<typeof EmbedBuilderSides>[0]["labels"];

/**
 * The builder's choices, as a GET form: the chosen view is in the address, works without JavaScript, and the
 * preview below is the embed itself. Each kind shows its own fields: a change report's two sides, or the
 * comparison's and the card's platform, measure and dates. Choosing another kind and "Show" gives its fields.
 */
export function EmbedBuilderForm({
  labels,
  kind,
  akimats,
  officials,
  platforms,
  languages,
  metricLabels,
  values,
  datesWaves,
  changes,
  charts,
}: {
  labels: Record<
    | "kind"
    | "comparison"
    | "official"
    | "changes"
    | "akimats"
    | "akimatsHelp"
    | "officialPick"
    | "platform"
    | "allPlatforms"
    | "metric"
    | "language"
    | "dates"
    | "pinned"
    | "pinnedToWave"
    | "live"
    | "datesHelp"
    | "show",
    string
  >;
  kind: "comparison" | "official" | "changes";
  akimats: Option[];
  officials: Option[];
  platforms: Option[];
  languages: Option[];
  metricLabels: Record<(typeof EMBED_METRICS)[number], string>;
  values: { akimats: string[]; official?: string; platform?: string; metric: string; lang: string; dates: EmbedDates; asOf: string; wave?: string };
  /** The survey waves a comparison or a card may be pinned to (closed ones first: their figures will not move). */
  datesWaves: Option[];
  /** The change report's sides: the waves to choose from, and what is chosen. */
  changes: { labels: SidesLabels; waves: Option[]; from: BuilderSide; to: BuilderSide };
  /**
   * The chart above the embed's tables (issue 17, part 5), for a comparison or a change report (a card has none):
   * none by default, so that an embed changes its layout only when the editor asks.
   */
  charts: {
    label: string;
    help: string;
    none: string;
    labels: Record<(typeof COMPARISON_CHARTS)[number] | (typeof CHANGES_CHARTS)[number], string>;
    value?: string;
  };
}) {
  const language = <FilterSelect name="lang" label={labels.language} value={values.lang} options={languages} />;
  const chart = (choices: readonly (keyof typeof charts.labels)[]) => (
    <FilterSelect
      name="chart"
      label={charts.label}
      any={charts.none}
      value={choices.some((choice) => choice === charts.value) ? charts.value : undefined}
      options={choices.map((choice) => ({ value: choice, label: charts.labels[choice] }))}
      help={charts.help}
    />
  );
  return (
    <form method="get" className="flex flex-col gap-4 rounded-lg border border-zinc-300 p-4 dark:border-zinc-700">
      <fieldset className="flex flex-wrap gap-4">
        <legend className="mb-1 text-sm font-semibold">{labels.kind}</legend>
        {(["comparison", "official", "changes"] as const).map((value) => (
          <label key={value} className="flex items-center gap-2">
            <input type="radio" name="kind" value={value} defaultChecked={kind === value} />
            {labels[value]}
          </label>
        ))}
      </fieldset>
      <FilterCheckboxes name="akimats" legend={labels.akimats} help={labels.akimatsHelp} values={values.akimats} options={akimats} />
      {kind === "changes" ? (
        <>
          <EmbedBuilderSides labels={changes.labels} waves={changes.waves} from={changes.from} to={changes.to} />
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3 [&>*]:min-w-0">
            {language}
            {chart(CHANGES_CHARTS)}
          </div>
        </>
      ) : (
        <>
          {/* min-w-0: a select is as wide as its longest option (an official's name and akimat), wider than a phone. */}
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3 [&>*]:min-w-0">
            <FilterSelect name="official" label={labels.officialPick} any="—" value={values.official} options={officials} />
            <FilterSelect name="platform" label={labels.platform} any={labels.allPlatforms} value={values.platform} options={platforms} />
            <FilterSelect
              name="metric"
              label={labels.metric}
              value={values.metric}
              options={EMBED_METRICS.map((metric) => ({ value: metric, label: metricLabels[metric] }))}
            />
            {language}
            {kind === "comparison" && chart(COMPARISON_CHARTS)}
          </div>
          {/* Pinned by default (issue 17, part 5): an article keeps the figures it was written with; live is a choice. */}
          <fieldset className="flex flex-col gap-2 text-sm" aria-describedby="dates-help">
            <legend className="mb-1 font-semibold">{labels.dates}</legend>
            <div className="flex flex-wrap items-center gap-2">
              <label className="flex items-center gap-2">
                <input type="radio" name="dates" value="pinned" defaultChecked={values.dates === "pinned"} />
                {labels.pinned}
              </label>
              <input
                type="date"
                name="asOf"
                defaultValue={values.asOf}
                aria-label={labels.pinned}
                className="rounded-md border border-zinc-400 bg-white px-2 py-1.5 dark:border-zinc-600 dark:bg-zinc-900"
              />
            </div>
            {datesWaves.length > 0 && (
              <div className="flex flex-wrap items-center gap-2">
                <label className="flex items-center gap-2">
                  <input type="radio" name="dates" value="wave" defaultChecked={values.dates === "wave"} />
                  {labels.pinnedToWave}
                </label>
                <select
                  name="wave"
                  defaultValue={values.wave ?? datesWaves[0]!.value}
                  aria-label={labels.pinnedToWave}
                  className="max-w-full rounded-md border border-zinc-400 bg-white px-2 py-1.5 dark:border-zinc-600 dark:bg-zinc-900"
                >
                  {datesWaves.map((wave) => (
                    <option key={wave.value} value={wave.value}>
                      {wave.label}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <label className="flex items-center gap-2">
              <input type="radio" name="dates" value="live" defaultChecked={values.dates === "live"} />
              {labels.live}
            </label>
            <p id="dates-help" className="text-xs text-zinc-600 dark:text-zinc-400">
              {labels.datesHelp}
            </p>
          </fieldset>
        </>
      )}
      <div>
        <button type="submit" className={buttonClasses("primary")}>
          {labels.show}
        </button>
      </div>
    </form>
  );
}
