"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { formFailure } from "@/lib/data/form-failure";
import { clearSignInThrottle } from "@/lib/data/users/clear-sign-in-throttle";
import { createPasswordLink } from "@/lib/data/users/create-password-link";
import { createUser, type CreatedUser } from "@/lib/data/users/create-user";
import { resetPassword } from "@/lib/data/users/reset-password";
import { setUserDisabled } from "@/lib/data/users/set-user-disabled";
import { updateUserRole } from "@/lib/data/users/update-user-role";
import { formValues, recordOf } from "@/lib/validation/form-data";
import { invalidState, type FieldValues, type FormState } from "@/lib/validation/form-state";
import { ResetPasswordInput, type PasswordLinkShown } from "@/lib/validation/password-input";
import { NEW_USER_FIELDS, NewUserFormInput, ROLE_FIELDS, RoleInput, type NewUserField } from "@/lib/validation/user-input";
import { setPasswordUrl } from "./set-password-url";

/*
 * Every action here is a public endpoint: each finds the viewer, and the data layer checks the permission on the
 * record. Passwords are read from the form but never put in `values`, so they are never sent back.
 */

function refresh(id?: string) {
  revalidatePath("/admin/users");
  if (id) revalidatePath(`/admin/users/${id}`);
}

/** Creates a user. With a typed password, off to their page; with a one-time link, the answer carries the link. */
export async function createUserAction(
  _previous: FormState<FieldValues<NewUserField>, PasswordLinkShown>,
  formData: FormData,
): Promise<FormState<FieldValues<NewUserField>, PasswordLinkShown>> {
  const viewer = await requireViewer();
  const values = formValues(formData, NEW_USER_FIELDS);
  const parsed = NewUserFormInput.safeParse({ ...values, ...formValues(formData, ["password"]) });
  if (!parsed.success) return invalidState(parsed.error, values);
  let created: CreatedUser;
  try {
    created = await createUser({ viewer, input: parsed.data });
  } catch (error) {
    return formFailure(error, values, { action: "createUser", viewerId: viewer.id });
  }
  refresh();
  if (!created.setupLink) redirect(`/admin/users/${created.id}?done=created`);
  return {
    outcome: "done",
    values: {},
    user: { id: created.id, name: created.name },
    link: { url: await setPasswordUrl(created.setupLink.token), expiresAt: created.setupLink.expiresAt.toISOString() },
  };
}

export async function updateUserRoleAction(_previous: FormState<FieldValues<"role">>, formData: FormData): Promise<FormState<FieldValues<"role">>> {
  const viewer = await requireViewer();
  const values = formValues(formData, ROLE_FIELDS);
  const parsed = RoleInput.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const { id, expectedVersion } = recordOf(formData);
  try {
    await updateUserRole({ viewer, id, expectedVersion, role: parsed.data.role });
  } catch (error) {
    return formFailure(error, values, { action: "updateUserRole", viewerId: viewer.id, userId: id });
  }
  refresh(id);
  redirect(`/admin/users/${id}?done=role`);
}

export async function setUserDisabledAction(_previous: FormState<FieldValues<never>>, formData: FormData): Promise<FormState<FieldValues<never>>> {
  const viewer = await requireViewer();
  const { id, expectedVersion } = recordOf(formData);
  const disabled = formData.get("disabled") === "true";
  try {
    await setUserDisabled({ viewer, id, expectedVersion, disabled });
  } catch (error) {
    return formFailure(error, {}, { action: "setUserDisabled", viewerId: viewer.id, userId: id });
  }
  refresh(id);
  redirect(`/admin/users/${id}?done=${disabled ? "disabled" : "enabled"}`);
}

/** Resets by one-time link. No redirect: the link exists only in this answer, to be shown once. */
export async function createPasswordLinkAction(
  _previous: FormState<FieldValues<never>, PasswordLinkShown>,
  formData: FormData,
): Promise<FormState<FieldValues<never>, PasswordLinkShown>> {
  const viewer = await requireViewer();
  const { id, expectedVersion } = recordOf(formData);
  try {
    const { user, link } = await createPasswordLink({ viewer, id, expectedVersion });
    // The page's other forms carry the user's version: refresh it under them.
    refresh(id);
    return {
      outcome: "done",
      values: {},
      user: { id: user.id, name: user.name },
      link: { url: await setPasswordUrl(link.token), expiresAt: link.expiresAt.toISOString() },
    };
  } catch (error) {
    return formFailure(error, {}, { action: "createPasswordLink", viewerId: viewer.id, userId: id });
  }
}

export async function resetPasswordAction(_previous: FormState<FieldValues<"password">>, formData: FormData): Promise<FormState<FieldValues<"password">>> {
  const viewer = await requireViewer();
  const parsed = ResetPasswordInput.safeParse(formValues(formData, ["password"]));
  if (!parsed.success) return invalidState(parsed.error, {});
  const { id, expectedVersion } = recordOf(formData);
  try {
    await resetPassword({ viewer, id, expectedVersion, password: parsed.data.password });
  } catch (error) {
    return formFailure(error, {}, { action: "resetPassword", viewerId: viewer.id, userId: id });
  }
  refresh(id);
  redirect(`/admin/users/${id}?done=password`);
}

/** Clears the failed sign-ins counted against a user's account, so that they may sign in at once and without delay. */
export async function clearSignInThrottleAction(_previous: FormState<FieldValues<never>>, formData: FormData): Promise<FormState<FieldValues<never>>> {
  const viewer = await requireViewer();
  const { id } = recordOf(formData);
  let cleared: boolean;
  try {
    cleared = await clearSignInThrottle({ viewer, id });
  } catch (error) {
    return formFailure(error, {}, { action: "clearSignInThrottle", viewerId: viewer.id, userId: id });
  }
  refresh(id);
  redirect(`/admin/users/${id}?done=${cleared ? "signInCleared" : "signInNothing"}`);
}
