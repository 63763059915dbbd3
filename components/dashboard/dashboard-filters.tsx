import { buttonClasses } from "@/components/ui/button";
import { FilterCheckboxes, FilterSelect } from "@/components/ui/filter-select";

type Option = { value: string; label: string };

/**
 * The dashboard's view as a GET form: every choice lands in the address, so the view is a link an editor can
 * send, and it works without JavaScript.
 */
export function DashboardFilters({
  labels,
  akimats,
  platforms,
  waves,
  sorts,
  values,
  csvHref,
}: {
  labels: Record<"asOf" | "wave" | "byDate" | "waveHelp" | "akimats" | "akimatsHelp" | "platform" | "allPlatforms" | "sort" | "apply" | "csv", string>;
  akimats: Option[];
  platforms: Option[];
  waves: Option[];
  sorts: Option[];
  values: { asOf?: string; wave?: string; akimats: string[]; platform?: string; sort: string };
  csvHref: string;
}) {
  return (
    <form method="get" className="flex flex-col gap-3 rounded-lg border border-zinc-300 bg-white p-4 dark:border-zinc-700 dark:bg-zinc-900">
      <FilterCheckboxes name="akimats" legend={labels.akimats} help={labels.akimatsHelp} values={values.akimats} options={akimats} />
      <div className="flex flex-wrap items-end gap-4">
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-semibold">{labels.asOf}</span>
          <input
            type="date"
            name="asOf"
            defaultValue={values.asOf ?? ""}
            className="rounded-md border border-zinc-400 bg-white px-2 py-1.5 dark:border-zinc-600 dark:bg-zinc-900"
          />
        </label>
        {waves.length > 0 && <FilterSelect name="wave" label={labels.wave} any={labels.byDate} value={values.wave} options={waves} help={labels.waveHelp} />}
        <FilterSelect name="platform" label={labels.platform} any={labels.allPlatforms} value={values.platform} options={platforms} />
        <FilterSelect name="sort" label={labels.sort} value={values.sort} options={sorts} />
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
