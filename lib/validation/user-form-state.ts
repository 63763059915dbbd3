/**
 * What a user-administration or password form's action hands back when it does not redirect. `values` is
 * what the person typed, except passwords, which are never sent back to the browser; `fieldErrors` are message
 * keys per field.
 */
export type UserFormState<F extends string = string> = {
  outcome: "idle" | "invalid" | "conflict" | "refused" | "forbidden" | "error" | "done";
  values: Partial<Record<F, string>>;
  fieldErrors?: Record<string, string[] | undefined>;
  /** Why the data layer refused a change that was well formed. */
  refusal?: UserRefusal;
  /** The version saved since the admin opened the user. */
  conflict?: { version: number };
  /** A one-time set-password link, shown to the admin once: it lives only in this state, never in a URL. */
  link?: { url: string; expiresAt: string };
  /** The user a form created or changed, to link to. */
  user?: { id: string; name: string };
  errorId?: string;
};

export type UserRefusal = "lastAdmin" | "userDisabled" | "rateLimited" | "linkInvalid";

export const idleUserState = <F extends string>(values: Partial<Record<F, string>> = {}): UserFormState<F> => ({ outcome: "idle", values });
