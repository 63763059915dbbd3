"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useFieldErrors } from "@/components/ui/field-errors";
import { FormOutcome } from "@/components/ui/form-outcome";
import { PasswordInput } from "@/components/ui/password-input";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FieldValues, FormState } from "@/lib/validation/form-state";
import type { PasswordField } from "@/lib/validation/password-input";

type State = FormState<FieldValues<never>>;

/**
 * A signed-in person's own password change. On success the action signs them in again and reloads the page,
 * so only refusals come back here. Passwords are never sent back, so after a refusal they are typed again.
 */
export function ChangePasswordForm({ action, email }: { action: (state: State, formData: FormData) => Promise<State>; email: string }) {
  const t = useTranslations("account");
  const [state, formAction] = useActionState(action, { outcome: "idle", values: {} });
  const errorsOf = useFieldErrors<PasswordField>(state);
  return (
    <form action={formAction} className="flex max-w-md flex-col gap-4" noValidate>
      <FormOutcome state={state} namespace="account" />
      {/* Lets a password manager file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <PasswordInput id="currentPassword" label={t("currentPassword")} errors={errorsOf("currentPassword")} autoComplete="current-password" />
      <PasswordInput id="password" label={t("newPassword")} help={t("newPasswordHelp")} errors={errorsOf("password")} autoComplete="new-password" />
      <PasswordInput id="passwordConfirmation" label={t("confirmPassword")} errors={errorsOf("passwordConfirmation")} autoComplete="new-password" />
      <SubmitButton pendingText={t("saving")} className="self-start">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
