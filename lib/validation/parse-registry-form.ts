import { z } from "zod";
import { formValues } from "./form-data";
import type { RegistryFormState } from "./registry-form-state";

/**
 * A registry form's fields as typed, and either what the schema made of them or the state that shows the
 * person each field's message with everything they typed.
 */
export function parseRegistryForm<S extends z.ZodType, const F extends readonly string[]>(
  schema: S,
  formData: FormData,
  fields: F,
): { values: Partial<Record<F[number], string>> } & ({ ok: true; data: z.infer<S> } | { ok: false; failure: RegistryFormState<F[number]> }) {
  const values = formValues(formData, fields);
  const parsed = schema.safeParse(values);
  if (parsed.success) return { values, ok: true, data: parsed.data };
  return { values, ok: false, failure: { outcome: "invalid", values, fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> } };
}
