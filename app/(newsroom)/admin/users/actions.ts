"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getViewer } from "@/lib/auth/viewer";
import { clearSignInThrottle } from "@/lib/data/users/clear-sign-in-throttle";
import { createPasswordLink } from "@/lib/data/users/create-password-link";
import { createUser, type CreatedUser } from "@/lib/data/users/create-user";
import { resetPassword } from "@/lib/data/users/reset-password";
import { setUserDisabled } from "@/lib/data/users/set-user-disabled";
import { updateUserRole } from "@/lib/data/users/update-user-role";
import { userFormFailure } from "@/lib/data/users/user-form-failure";
import { formValues } from "@/lib/validation/form-data";
import { ResetPasswordInput } from "@/lib/validation/password-input";
import type { UserFormState } from "@/lib/validation/user-form-state";
import { NEW_USER_FIELDS, NewUserFormInput, ROLE_FIELDS, RoleInput, type NewUserField } from "@/lib/validation/user-input";
import { setPasswordUrl } from "./set-password-url";

/*
 * Every action here is a public endpoint: each finds the viewer, and the data layer checks the permission on the
 * record. Passwords are read from the form but never put in `values`, so they are never sent back.
 */

async function viewerOrLogin() {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  return viewer;
}

/** The user and the version the admin opened, from the form's hidden fields. */
function record(formData: FormData) {
  return { id: String(formData.get("id") ?? ""), expectedVersion: Number(formData.get("version")) };
}

function invalid<F extends string>(error: z.ZodError, values: Partial<Record<F, string>>): UserFormState<F> {
  return { outcome: "invalid", values, fieldErrors: z.flattenError(error).fieldErrors as Record<string, string[]> };
}

function refresh(id?: string) {
  revalidatePath("/admin/users");
  if (id) revalidatePath(`/admin/users/${id}`);
}

/** Creates a user. With a typed password, off to their page; with a one-time link, the answer carries the link. */
export async function createUserAction(_previous: UserFormState<NewUserField>, formData: FormData): Promise<UserFormState<NewUserField>> {
  const viewer = await viewerOrLogin();
  const values = formValues(formData, NEW_USER_FIELDS);
  const parsed = NewUserFormInput.safeParse({ ...values, ...formValues(formData, ["password"]) });
  if (!parsed.success) return invalid(parsed.error, values);
  let created: CreatedUser;
  try {
    created = await createUser({ viewer, input: parsed.data });
  } catch (error) {
    return userFormFailure(error, values, { action: "createUser", viewerId: viewer.id });
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

export async function updateUserRoleAction(_previous: UserFormState<"role">, formData: FormData): Promise<UserFormState<"role">> {
  const viewer = await viewerOrLogin();
  const values = formValues(formData, ROLE_FIELDS);
  const parsed = RoleInput.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const { id, expectedVersion } = record(formData);
  try {
    await updateUserRole({ viewer, id, expectedVersion, role: parsed.data.role });
  } catch (error) {
    return userFormFailure(error, values, { action: "updateUserRole", viewerId: viewer.id, userId: id });
  }
  refresh(id);
  redirect(`/admin/users/${id}?done=role`);
}

export async function setUserDisabledAction(_previous: UserFormState<never>, formData: FormData): Promise<UserFormState<never>> {
  const viewer = await viewerOrLogin();
  const { id, expectedVersion } = record(formData);
  const disabled = formData.get("disabled") === "true";
  try {
    await setUserDisabled({ viewer, id, expectedVersion, disabled });
  } catch (error) {
    return userFormFailure(error, {}, { action: "setUserDisabled", viewerId: viewer.id, userId: id });
  }
  refresh(id);
  redirect(`/admin/users/${id}?done=${disabled ? "disabled" : "enabled"}`);
}

/** Resets by one-time link. No redirect: the link exists only in this answer, to be shown once. */
export async function createPasswordLinkAction(_previous: UserFormState<never>, formData: FormData): Promise<UserFormState<never>> {
  const viewer = await viewerOrLogin();
  const { id, expectedVersion } = record(formData);
  try {
    const { user, link } = await createPasswordLink({ viewer, id, expectedVersion });
    // The page's other forms carry the user's version: refresh it under them.
    refresh(id);
    return { outcome: "done", values: {}, user: { id: user.id, name: user.name }, link: { url: await setPasswordUrl(link.token), expiresAt: link.expiresAt.toISOString() } };
  } catch (error) {
    return userFormFailure(error, {}, { action: "createPasswordLink", viewerId: viewer.id, userId: id });
  }
}

export async function resetPasswordAction(_previous: UserFormState<"password">, formData: FormData): Promise<UserFormState<"password">> {
  const viewer = await viewerOrLogin();
  const parsed = ResetPasswordInput.safeParse(formValues(formData, ["password"]));
  if (!parsed.success) return invalid(parsed.error, {});
  const { id, expectedVersion } = record(formData);
  try {
    await resetPassword({ viewer, id, expectedVersion, password: parsed.data.password });
  } catch (error) {
    return userFormFailure(error, {}, { action: "resetPassword", viewerId: viewer.id, userId: id });
  }
  refresh(id);
  redirect(`/admin/users/${id}?done=password`);
}

/** Clears the failed sign-ins counted against a user's account, so that they may sign in at once and without delay. */
export async function clearSignInThrottleAction(_previous: UserFormState<never>, formData: FormData): Promise<UserFormState<never>> {
  const viewer = await viewerOrLogin();
  const id = String(formData.get("id") ?? "");
  let cleared: boolean;
  try {
    cleared = await clearSignInThrottle({ viewer, id });
  } catch (error) {
    return userFormFailure(error, {}, { action: "clearSignInThrottle", viewerId: viewer.id, userId: id });
  }
  refresh(id);
  redirect(`/admin/users/${id}?done=${cleared ? "signInCleared" : "signInNothing"}`);
}
