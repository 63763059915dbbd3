import type { ObservationFormValues } from "./observation-input";

/** What the observation form's action hands back when it does not redirect. Nothing typed is ever dropped. */
export type ObservationFormState = {
  outcome: "idle" | "invalid" | "conflict" | "forbidden" | "error";
  values: ObservationFormValues;
  fieldErrors?: Record<string, string[] | undefined>;
  conflict?: { version: number; status?: string };
  errorId?: string;
};
