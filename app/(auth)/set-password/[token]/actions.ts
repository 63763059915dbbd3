"use server";

import { formFailure } from "@/lib/data/form-failure";
import { setPasswordWithToken } from "@/lib/data/users/set-password-with-token";
import { formValues } from "@/lib/validation/form-data";
import { invalidState, type FieldValues, type FormState } from "@/lib/validation/form-state";
import { SetPasswordInput } from "@/lib/validation/password-input";

/**
 * Sets a password through a one-time link: open to the signed-out, the link's token being the only authority.
 * Signs nobody in: the person then signs in with the password they chose.
 */
export async function setPasswordAction(_previous: FormState<FieldValues<never>>, formData: FormData): Promise<FormState<FieldValues<never>>> {
  const { token = "" } = formValues(formData, ["token"]);
  const parsed = SetPasswordInput.safeParse(formValues(formData, ["password", "passwordConfirmation"]));
  if (!parsed.success) return invalidState(parsed.error, {});
  try {
    await setPasswordWithToken({ token, password: parsed.data.password });
  } catch (error) {
    return formFailure(error, {}, { action: "setPasswordWithToken" });
  }
  return { outcome: "done", values: {} };
}
