/**
 * The named text fields of a submitted form, as typed. Files and unknown fields are left out. Fields that
 * arrive several times (checkbox groups) are joined with commas, which their schemas split again.
 */
export function formValues<const F extends readonly string[]>(
  formData: FormData,
  fields: F,
  multiFields: readonly string[] = [],
): Partial<Record<F[number], string>> {
  const values: Partial<Record<F[number], string>> = {};
  for (const field of fields) {
    const all = formData.getAll(field).filter((value): value is string => typeof value === "string");
    if (multiFields.includes(field)) values[field as F[number]] = all.join(",");
    else if (all.length > 0) values[field as F[number]] = all[0];
  }
  return values;
}

/** The record a form edits and the version the person opened (optimistic locking), from its hidden fields. */
export function recordOf(formData: FormData): { id: string; expectedVersion: number } {
  const id = formData.get("id");
  return { id: typeof id === "string" ? id : "", expectedVersion: Number(formData.get("version")) };
}
