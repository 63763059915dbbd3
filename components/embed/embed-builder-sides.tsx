import { FilterSelect } from "@/components/ui/filter-select";

type Option = { value: string; label: string };
/** A side as the form shows it: a wave chosen, or a day filled in. */
export type BuilderSide = { wave?: string; date?: string };

/**
 * The two sides of "what changed", as the newsroom's change report asks for them: for each, a wave (closed ones
 * first: their figures do not move) or a day, a filled day winning. Plain GET fields: no JavaScript needed.
 */
export function EmbedBuilderSides({
  labels,
  waves,
  from,
  to,
}: {
  labels: Record<"then" | "now" | "wave" | "aDate" | "orDate" | "sidesHelp", string>;
  waves: Option[];
  from: BuilderSide;
  to: BuilderSide;
}) {
  const side = (name: "from" | "to", value: BuilderSide) => (
    <fieldset className="flex flex-wrap items-end gap-3 [&>*]:min-w-0">
      <legend className="mb-1 text-sm font-semibold">{labels[name === "from" ? "then" : "now"]}</legend>
      <FilterSelect name={name} label={labels.wave} any={labels.aDate} value={value.wave} options={waves} />
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-semibold">{labels.orDate}</span>
        <input
          type="date"
          name={`${name}Date`}
          defaultValue={value.date ?? ""}
          className="rounded-md border border-zinc-400 bg-white px-2 py-1.5 dark:border-zinc-600 dark:bg-zinc-900"
        />
      </label>
    </fieldset>
  );
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-6">
        {side("from", from)}
        {side("to", to)}
      </div>
      <p className="text-xs text-zinc-600 dark:text-zinc-400">{labels.sidesHelp}</p>
    </div>
  );
}
