import type { z } from "zod";
import { formValues } from "./form-data";
import { invalidState, type FieldValues, type FormState } from "./form-state";

/**
 * A form's fields as typed, and either what its schema made of them or the state that shows the person each
 * field's message with everything they typed. `multiFields` arrive several times (checkbox groups).
 */
export function parseForm<S extends z.ZodType, const F extends readonly string[]>(
  schema: S,
  formData: FormData,
  fields: F,
  multiFields: readonly string[] = [],
): { values: FieldValues<F[number]> } & ({ ok: true; data: z.infer<S> } | { ok: false; failure: FormState<FieldValues<F[number]>> }) {
  const values = formValues(formData, fields, multiFields);
  const parsed = schema.safeParse(values);
  if (parsed.success) return { values, ok: true, data: parsed.data };
  return { values, ok: false, failure: invalidState(parsed.error, values) };
}
