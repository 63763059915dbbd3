"use server";

import { z } from "zod";
import { setPasswordWithToken } from "@/lib/data/users/set-password-with-token";
import { userFormFailure } from "@/lib/data/users/user-form-failure";
import { formValues } from "@/lib/validation/form-data";
import { SetPasswordInput } from "@/lib/validation/password-input";
import type { UserFormState } from "@/lib/validation/user-form-state";

/**
 * Sets a password through a one-time link: open to the signed-out, the link's token being the only authority.
 * Signs nobody in: the person then signs in with the password they chose.
 */
export async function setPasswordAction(_previous: UserFormState<never>, formData: FormData): Promise<UserFormState<never>> {
  const { token = "" } = formValues(formData, ["token"]);
  const parsed = SetPasswordInput.safeParse(formValues(formData, ["password", "passwordConfirmation"]));
  if (!parsed.success) return { outcome: "invalid", values: {}, fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
  try {
    await setPasswordWithToken({ token, password: parsed.data.password });
  } catch (error) {
    return userFormFailure(error, {}, { action: "setPasswordWithToken" });
  }
  return { outcome: "done", values: {} };
}
