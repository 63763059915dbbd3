import type { ObservationFormValues } from "./observation-input";

/** What the observation form's action hands back when it does not redirect. Nothing typed is ever dropped. */
export type ObservationFormState = {
  outcome: "idle" | "invalid" | "conflict" | "forbidden" | "error";
  values: ObservationFormValues;
  /** Keys of the `validation` messages; "key:param" carries what the message names (a file, a limit). */
  fieldErrors?: Record<string, string[] | undefined>;
  conflict?: { version: number; status?: string };
  errorId?: string;
  /** Files chosen for a save that failed: the browser cannot keep them, so the reporter is told. */
  filesDropped?: boolean;
};
