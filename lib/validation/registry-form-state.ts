/**
 * What a registry form's action hands back when it does not redirect. `values` is what the person typed, so
 * that nothing is lost; `fieldErrors` are message keys per field.
 */
export type RegistryFormState<F extends string = string> = {
  outcome: "idle" | "invalid" | "conflict" | "forbidden" | "error";
  values: Partial<Record<F, string>>;
  fieldErrors?: Record<string, string[] | undefined>;
  /** The version saved since the person opened the record. */
  conflict?: { version: number };
  errorId?: string;
};

export const idleState = <F extends string>(values: Partial<Record<F, string>> = {}): RegistryFormState<F> => ({ outcome: "idle", values });
