import { buttonClasses } from "@/components/ui/button";
import { EMBED_METRICS } from "@/lib/validation/embed-options";

type Option = { value: string; label: string };
const control = "rounded-md border border-zinc-400 bg-white px-2 py-1.5 dark:border-zinc-600 dark:bg-zinc-900";

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
  labels: Record<"kind" | "comparison" | "official" | "akimats" | "akimatsHelp" | "officialPick" | "platform" | "allPlatforms" | "metric" | "language" | "asOf" | "asOfHelp" | "show", string>;
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
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 text-sm font-semibold">{labels.akimats}</legend>
        <p className="text-xs text-zinc-600 dark:text-zinc-400">{labels.akimatsHelp}</p>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {akimats.map((akimat) => (
            <label key={akimat.value} className="flex items-center gap-2">
              <input type="checkbox" name="akimats" value={akimat.value} defaultChecked={values.akimats.includes(akimat.value)} />
              {akimat.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <label className="flex flex-col gap-1">
          <span className="text-sm font-semibold">{labels.officialPick}</span>
          <select name="official" defaultValue={values.official ?? ""} className={control}>
            <option value="">—</option>
            {officials.map((official) => (
              <option key={official.value} value={official.value}>
                {official.label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-sm font-semibold">{labels.platform}</span>
          <select name="platform" defaultValue={values.platform ?? ""} className={control}>
            <option value="">{labels.allPlatforms}</option>
            {platforms.map((platform) => (
              <option key={platform.value} value={platform.value}>
                {platform.label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-sm font-semibold">{labels.metric}</span>
          <select name="metric" defaultValue={values.metric} className={control}>
            {EMBED_METRICS.map((metric) => (
              <option key={metric} value={metric}>
                {metricLabels[metric]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-sm font-semibold">{labels.language}</span>
          <select name="lang" defaultValue={values.lang} className={control}>
            {languages.map((language) => (
              <option key={language.value} value={language.value}>
                {language.label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="text-sm font-semibold">{labels.asOf}</span>
          <input type="date" name="asOf" defaultValue={values.asOf ?? ""} aria-describedby="as-of-help" className={control} />
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
