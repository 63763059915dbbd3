"use client";

import { useTranslations } from "next-intl";
import { Field, inputClasses } from "@/components/ui/field";
import type { FormState } from "@/lib/validation/form-state";

/**
 * A field's messages in the person's language, from the shared `validation` keys the action handed back.
 * An unknown key still says something true ("not valid") rather than showing a key.
 */
export function useFieldErrors(state: FormState) {
  const tv = useTranslations("validation");
  return (field: string): string[] | undefined =>
    state.fieldErrors?.[field]?.map((key) => (tv.has(key) ? tv(key, { value: state.values[field] ?? "" }) : tv("invalid")));
}

/** Props that tie a control to its help and error (from Field) and mark it invalid. */
export function controlProps(describedBy: string | undefined, invalid: boolean) {
  return { "aria-describedby": describedBy, "aria-invalid": invalid || undefined, className: inputClasses };
}

/**
 * A password input. Never pre-filled: a password typed before a refused save is not sent back to the browser.
 * `autoComplete` tells password managers whether to offer the saved one or to save a new one.
 */
export function PasswordInput({
  id,
  name = id,
  label,
  help,
  errors,
  autoComplete,
}: {
  id: string;
  name?: string;
  label: string;
  help?: string;
  errors?: string[];
  autoComplete: "current-password" | "new-password" | "off";
}) {
  return (
    <Field id={id} label={label} help={help} errors={errors}>
      {(d, i) => <input id={id} name={name} type="password" autoComplete={autoComplete} spellCheck={false} {...controlProps(d, i)} />}
    </Field>
  );
}
