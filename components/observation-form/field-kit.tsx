"use client";

import { useTranslations } from "next-intl";
import { Field, inputClasses } from "@/components/ui/field";
import type { ObservationField, ObservationFormValues } from "@/lib/validation/observation-input";

/** What each part of the observation form needs: the values to show and the errors of a field. */
export type FormPart = {
  values: ObservationFormValues;
  errorsOf: (field: ObservationField | "screenshots" | "intent") => string[] | undefined;
};

export const controlProps = (describedBy: string | undefined, invalid: boolean) => ({
  "aria-describedby": describedBy,
  "aria-invalid": invalid || undefined,
  className: inputClasses,
});

/** A select of an enum, with an empty "not noted" first option. */
export function EnumSelect({
  field,
  label,
  options,
  emptyLabel,
  part,
  help,
}: {
  field: ObservationField;
  label: string;
  options: { value: string; label: string }[];
  emptyLabel?: string;
  part: FormPart;
  help?: string;
}) {
  return (
    <Field id={field} label={label} help={help} errors={part.errorsOf(field)}>
      {(d, i) => (
        <select id={field} name={field} defaultValue={part.values[field] ?? ""} {...controlProps(d, i)}>
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

/** Yes / no / not noted: "not noted" is different from "no". */
export function TriState({ field, label, part }: { field: ObservationField; label: string; part: FormPart }) {
  const t = useTranslations("observation");
  return (
    <EnumSelect
      field={field}
      label={label}
      part={part}
      emptyLabel={t("notNoted")}
      options={[
        { value: "yes", label: t("yes") },
        { value: "no", label: t("no") },
      ]}
    />
  );
}

/** A group of checkboxes sharing one name; their values arrive joined by commas. */
export function CheckboxGroup({ field, legend, options, part }: { field: ObservationField; legend: string; options: { value: string; label: string }[]; part: FormPart }) {
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
