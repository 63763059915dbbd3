import { controlProps, Field } from "@/components/ui/field";

/** What a form's fields need from the action's answer: the values to show and a field's messages. */
export type FormPart<F extends string> = {
  values: Partial<Record<F, string>>;
  errorsOf: (field: F) => string[] | undefined;
};

type Option = { value: string; label: string };

/** A labelled select, its id and name the field's; `emptyLabel` adds a first, empty choice ("not noted", "choose…"). */
export function EnumSelect<F extends string>({
  field,
  label,
  options,
  emptyLabel,
  part,
  help,
  required,
}: {
  field: F;
  label: string;
  options: Option[];
  emptyLabel?: string;
  part: FormPart<F>;
  help?: string;
  required?: boolean;
}) {
  return (
    <Field id={field} label={label} help={help} errors={part.errorsOf(field)}>
      {(d, i) => (
        <select id={field} name={field} defaultValue={part.values[field] ?? ""} required={required} {...controlProps(d, i)}>
          {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A group of checkboxes sharing one name; their values arrive joined by commas. */
export function CheckboxGroup<F extends string>({ field, legend, options, part }: { field: F; legend: string; options: Option[]; part: FormPart<F> }) {
  const checked = new Set((part.values[field] ?? "").split(",").filter(Boolean));
  const errors = part.errorsOf(field);
  return (
    <fieldset aria-describedby={errors ? `${field}-error` : undefined}>
      <legend className="text-sm font-semibold">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name={field} value={option.value} defaultChecked={checked.has(option.value)} className="h-4 w-4" />
            {option.label}
          </label>
        ))}
      </div>
      {errors && (
        <p id={`${field}-error`} className="text-sm font-medium text-red-700 dark:text-red-400">
          {errors.join(" ")}
        </p>
      )}
    </fieldset>
  );
}
