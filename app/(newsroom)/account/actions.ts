"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/auth";
import { clientAddress } from "@/lib/auth/client-address";
import { requireViewer } from "@/lib/auth/viewer";
import { FieldError } from "@/lib/data/errors";
import { formFailure } from "@/lib/data/form-failure";
import { changeOwnPassword } from "@/lib/data/users/change-own-password";
import { recordFailedSignIn, signInRetryAfter } from "@/lib/data/users/sign-in-rate-limit";
import { logger } from "@/lib/logger";
import { formValues } from "@/lib/validation/form-data";
import { invalidState, type FieldValues, type FormState } from "@/lib/validation/form-state";
import { ChangePasswordInput } from "@/lib/validation/password-input";

const PASSWORD_FIELDS = ["currentPassword", "password", "passwordConfirmation"] as const;

/**
 * Changes the viewer's own password. The change bumps `sessionVersion`, which ends every session with the old
 * password, this one included; so the action signs the person in again with the new password (next-auth's
 * signIn sets the new session cookie) and brings them back to the account page. Should that sign-in fail (a
 * sign-in limit reached meanwhile), the person is sent to the sign-in page: the password is changed either way.
 */
export async function changePasswordAction(_previous: FormState<FieldValues<never>>, formData: FormData): Promise<FormState<FieldValues<never>>> {
  const viewer = await requireViewer();
  const parsed = ChangePasswordInput.safeParse(formValues(formData, PASSWORD_FIELDS));
  if (!parsed.success) return invalidState(parsed.error, {});
  const address = clientAddress(await headers());
  if ((await signInRetryAfter(viewer.email, address)) > 0) return { outcome: "refused", refusal: "rateLimited", values: {} };
  try {
    await changeOwnPassword({ viewer, currentPassword: parsed.data.currentPassword, newPassword: parsed.data.password });
  } catch (error) {
    if (error instanceof FieldError && error.fieldErrors.currentPassword) await recordFailedSignIn(viewer.email, address);
    return formFailure(error, {}, { action: "changeOwnPassword", viewerId: viewer.id });
  }
  try {
    // `redirect: false`: next-auth sets the new session cookie and returns; a refused sign-in throws.
    await signIn("credentials", { email: viewer.email, password: parsed.data.password, redirect: false });
  } catch (error) {
    logger.warn({ err: error, viewerId: viewer.id }, "sign-in after a password change failed");
    redirect("/login");
  }
  redirect("/account?changed=1");
}
