type Option = { value: string; label: string };

/**
 * A labelled select for a GET form: the view becomes a link that can be shared. `any` adds a first, empty
 * choice ("all platforms", "anyone"); `help` is tied to the select for screen readers.
 */
export function FilterSelect({
  name,
  label,
  any,
  value,
  options,
  help,
}: {
  name: string;
  label: string;
  any?: string;
  value?: string;
  options: Option[];
  help?: string;
}) {
  const helpId = help ? `${name}-help` : undefined;
  return (
    <label className="flex flex-col gap-1 text-sm">
      <span className="font-semibold">{label}</span>
      <select
        name={name}
        defaultValue={value ?? ""}
        aria-describedby={helpId}
        className="rounded-md border border-zinc-400 bg-white px-2 py-1.5 dark:border-zinc-600 dark:bg-zinc-900"
      >
        {any !== undefined && <option value="">{any}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {help && (
        <span id={helpId} className="text-xs text-zinc-600 dark:text-zinc-400">
          {help}
        </span>
      )}
    </label>
  );
}

/** Several values of one GET parameter, as checkboxes in a fieldset with its legend and help. */
export function FilterCheckboxes({
  name,
  legend,
  help,
  values,
  options,
}: {
  name: string;
  legend: string;
  help?: string;
  values: string[];
  options: Option[];
}) {
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 text-sm font-semibold">{legend}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name={name} value={option.value} defaultChecked={values.includes(option.value)} />
            {option.label}
          </label>
        ))}
      </div>
      {help && <p className="text-xs text-zinc-600 dark:text-zinc-400">{help}</p>}
    </fieldset>
  );
}
