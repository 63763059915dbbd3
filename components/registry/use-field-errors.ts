"use client";

import { useTranslations } from "next-intl";
import type { FieldValues, FormState } from "@/lib/validation/form-state";

/**
 * A field's messages in the person's language: the shared `validation` ones first, then the registry's own.
 * An unknown key still says something true ("not valid") rather than showing a key.
 */
export function useFieldErrors<F extends string>(state: FormState<FieldValues<F>>) {
  const tv = useTranslations("validation");
  const tr = useTranslations("registry.validation");
  return (field: F): string[] | undefined =>
    state.fieldErrors?.[field]?.map((key) => {
      const value = state.values[field] ?? "";
      if (tv.has(key)) return tv(key, { value });
      if (tr.has(key)) return tr(key, { value });
      return tv("invalid");
    });
}

/** Props that tie a control to its help and error (from Field) and mark it invalid. */
export function controlProps(describedBy: string | undefined, invalid: boolean, className: string) {
  return { "aria-describedby": describedBy, "aria-invalid": invalid || undefined, className };
}
