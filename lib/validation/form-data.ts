/** The named text fields of a submitted form, as typed. Files and unknown fields are left out. */
export function formValues<const F extends readonly string[]>(formData: FormData, fields: F): Partial<Record<F[number], string>> {
  const values: Partial<Record<F[number], string>> = {};
  for (const field of fields) {
    const value = formData.get(field);
    if (typeof value === "string") values[field as F[number]] = value;
  }
  return values;
}
