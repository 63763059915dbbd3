import { buttonClasses } from "@/components/ui/button";

type Option = { value: string; label: string };
const control = "rounded-md border border-zinc-400 bg-white px-2 py-1.5 dark:border-zinc-600 dark:bg-zinc-900";

/**
 * The dashboard's view as a GET form: every choice lands in the address, so the view is a link an editor can
 * send, and it works without JavaScript.
 */
export function DashboardFilters({
  labels,
  akimats,
  platforms,
  sorts,
  values,
  csvHref,
}: {
  labels: Record<"asOf" | "akimats" | "akimatsHelp" | "platform" | "allPlatforms" | "sort" | "apply" | "csv", string>;
  akimats: Option[];
  platforms: Option[];
  sorts: Option[];
  values: { asOf?: string; akimats: string[]; platform?: string; sort: string };
  csvHref: string;
}) {
  return (
    <form method="get" className="flex flex-col gap-3 rounded-lg border border-zinc-300 bg-white p-4 dark:border-zinc-700 dark:bg-zinc-900">
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 text-sm font-semibold">{labels.akimats}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {akimats.map((akimat) => (
            <label key={akimat.value} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="akimats" value={akimat.value} defaultChecked={values.akimats.includes(akimat.value)} />
              {akimat.label}
            </label>
          ))}
        </div>
        <p className="text-xs text-zinc-600 dark:text-zinc-400">{labels.akimatsHelp}</p>
      </fieldset>
      <div className="flex flex-wrap items-end gap-4">
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-semibold">{labels.asOf}</span>
          <input type="date" name="asOf" defaultValue={values.asOf ?? ""} className={control} />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-semibold">{labels.platform}</span>
          <select name="platform" defaultValue={values.platform ?? ""} className={control}>
            <option value="">{labels.allPlatforms}</option>
            {platforms.map((platform) => (
              <option key={platform.value} value={platform.value}>
                {platform.label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-semibold">{labels.sort}</span>
          <select name="sort" defaultValue={values.sort} className={control}>
            {sorts.map((sort) => (
              <option key={sort.value} value={sort.value}>
                {sort.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={buttonClasses("primary")}>
          {labels.apply}
        </button>
        <a href={csvHref} download className={buttonClasses("secondary")}>
          {labels.csv}
        </a>
      </div>
    </form>
  );
}
