export type PickerAkimat = { id: string; slug: string; label: string; parentId: string | null };

export type PickerGroups = {
  /** The akimats at the top (regions and national cities), always offered. */
  top: PickerAkimat[];
  /** The akimats below a top one that is chosen or has a chosen akimat below it: its city and districts. */
  open: { parent: PickerAkimat; below: PickerAkimat[] }[];
};

/**
 * What the change report's akimat field offers: the regions, and below a region only once it (or something in it) is
 * chosen. Every akimat of a national network was 218 checkboxes, some 100 KiB of every report's page
 * (bench/README.md); a GET form still, so that without JavaScript one chooses a region, compares, then its districts.
 * `akimats` in the registry's order; one whose parent is not among them counts as a top one.
 */
export function pickerGroups(akimats: readonly PickerAkimat[], chosen: readonly string[]): PickerGroups {
  const byId = new Map(akimats.map((akimat) => [akimat.id, akimat]));
  // Three levels at most (region, city, district); the walk stops there whatever the data says.
  const topOf = (akimat: PickerAkimat) => {
    let top = akimat;
    for (let depth = 0; depth < 4 && top.parentId && byId.has(top.parentId); depth += 1) top = byId.get(top.parentId)!;
    return top;
  };
  const wanted = new Set(chosen);
  const open = new Set(akimats.filter((akimat) => wanted.has(akimat.slug)).map((akimat) => topOf(akimat).id));
  const top = akimats.filter((akimat) => topOf(akimat) === akimat);
  return {
    top,
    open: top
      .filter((parent) => open.has(parent.id))
      .map((parent) => ({ parent, below: akimats.filter((akimat) => akimat !== parent && topOf(akimat) === parent) }))
      .filter((group) => group.below.length > 0),
  };
}

function Checkbox({ name, akimat, chosen }: { name: string; akimat: PickerAkimat; chosen: Set<string> }) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" name={name} value={akimat.slug} defaultChecked={chosen.has(akimat.slug)} />
      {akimat.label}
    </label>
  );
}

/** Several akimats for one GET parameter (`akimats=`), regions first: see pickerGroups. */
export function AkimatPicker({
  name,
  legend,
  help,
  values,
  akimats,
}: {
  name: string;
  legend: string;
  help?: string;
  values: string[];
  akimats: readonly PickerAkimat[];
}) {
  const { top, open } = pickerGroups(akimats, values);
  const chosen = new Set(values);
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 text-sm font-semibold">{legend}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {top.map((akimat) => (
          <Checkbox key={akimat.id} name={name} akimat={akimat} chosen={chosen} />
        ))}
      </div>
      {open.map(({ parent, below }) => (
        <fieldset key={parent.id} className="mt-1 border-l-2 border-zinc-300 pl-3 dark:border-zinc-700">
          <legend className="text-xs text-zinc-600 dark:text-zinc-400">{parent.label}</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {below.map((akimat) => (
              <Checkbox key={akimat.id} name={name} akimat={akimat} chosen={chosen} />
            ))}
          </div>
        </fieldset>
      ))}
      {help && <p className="text-xs text-zinc-600 dark:text-zinc-400">{help}</p>}
    </fieldset>
  );
}
