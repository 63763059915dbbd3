import { buttonClasses } from "@/components/ui/button";
import { FilterCheckboxes, FilterSelect } from "@/components/ui/filter-select";
import { EMBED_METRICS } from "@/lib/validation/embed-options";

type Option = { value: string; label: string };

/**
 * The builder's choices, as a GET form: the chosen view is in the address, works without JavaScript, and the
 * preview below is the embed itself.
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
}: {
  labels: Record<
    | "kind"
    | "comparison"
    | "official"
    | "akimats"
    | "akimatsHelp"
    | "officialPick"
    | "platform"
    | "allPlatforms"
    | "metric"
    | "language"
    | "asOf"
    | "asOfHelp"
    | "show",
    string
  >;
  kind: "comparison" | "official";
  akimats: Option[];
  officials: Option[];
  platforms: Option[];
  languages: Option[];
  metricLabels: Record<(typeof EMBED_METRICS)[number], string>;
  values: { akimats: string[]; official?: string; platform?: string; metric: string; lang: string; asOf?: string };
}) {
  return (
    <form method="get" className="flex flex-col gap-4 rounded-lg border border-zinc-300 p-4 dark:border-zinc-700">
      <fieldset className="flex flex-wrap gap-4">
        <legend className="mb-1 text-sm font-semibold">{labels.kind}</legend>
        {(["comparison", "official"] as const).map((value) => (
          <label key={value} className="flex items-center gap-2">
            <input type="radio" name="kind" value={value} defaultChecked={kind === value} />
            {labels[value]}
          </label>
        ))}
      </fieldset>
      <FilterCheckboxes name="akimats" legend={labels.akimats} help={labels.akimatsHelp} values={values.akimats} options={akimats} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <FilterSelect name="official" label={labels.officialPick} any="—" value={values.official} options={officials} />
        <FilterSelect name="platform" label={labels.platform} any={labels.allPlatforms} value={values.platform} options={platforms} />
        <FilterSelect
          name="metric"
          label={labels.metric}
          value={values.metric}
          options={EMBED_METRICS.map((metric) => ({ value: metric, label: metricLabels[metric] }))}
        />
        <FilterSelect name="lang" label={labels.language} value={values.lang} options={languages} />
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-semibold">{labels.asOf}</span>
          <input
            type="date"
            name="asOf"
            defaultValue={values.asOf ?? ""}
            aria-describedby="as-of-help"
            className="rounded-md border border-zinc-400 bg-white px-2 py-1.5 dark:border-zinc-600 dark:bg-zinc-900"
          />
          <span id="as-of-help" className="text-xs text-zinc-600 dark:text-zinc-400">
            {labels.asOfHelp}
          </span>
        </label>
      </div>
      <div>
        <button type="submit" className={buttonClasses("primary")}>
          {labels.show}
        </button>
      </div>
    </form>
  );
}
