import { z } from "zod";

export type FormOutcome = "idle" | "invalid" | "conflict" | "refused" | "forbidden" | "error" | "done";

/** A well-formed request that a rule refused: the last admin, a disabled user, a used link, a sign-in limit… */
export type FormRefusal = "lastAdmin" | "userDisabled" | "rateLimited" | "linkInvalid" | "badCredentials";

/** A form's text fields as typed. */
export type FieldValues<F extends string = string> = Partial<Record<F, string>>;

/**
 * What every form's action hands back when it does not redirect: what was typed (`values`, never a password),
 * so that nothing is lost, and why it did not go through. `X` adds what one form alone shows (a one-time link,
 * the mapping's problems…).
 */
export type FormState<V extends object = FieldValues, X extends object = object> = {
  outcome: FormOutcome;
  values: V;
  /** Keys of the `validation` messages per field; "key:param" carries what the message names (a file, a limit). */
  fieldErrors?: Record<string, string[] | undefined>;
  /** The version saved since the person opened the record, and its status where that explains the conflict. */
  conflict?: { version: number; status?: string };
  refusal?: FormRefusal;
  /** The id the unexpected error was logged under, for the person to quote. */
  errorId?: string;
} & Partial<X>;

export const idleState = <V extends object = FieldValues>(values: V = {} as V): FormState<V> => ({ outcome: "idle", values });

/** The state that shows each field's message beside what was typed. */
export const invalidState = <V extends object>(error: z.ZodError, values: V): FormState<V> => ({
  outcome: "invalid",
  values,
  fieldErrors: z.flattenError(error).fieldErrors as Record<string, string[]>,
});
