"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { PasswordInput, useFieldErrors } from "@/components/admin/form-kit";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { FieldValues, FormState } from "@/lib/validation/form-state";

type State = FormState<FieldValues<never>>;

/**
 * A signed-in person's own password change. On success the action signs them in again and reloads the page,
 * so only refusals come back here. Passwords are never sent back, so after a refusal they are typed again.
 */
export function ChangePasswordForm({ action, email }: { action: (state: State, formData: FormData) => Promise<State>; email: string }) {
  const t = useTranslations("account");
  const tc = useTranslations("common");
  const [state, formAction, pending] = useActionState(action, { outcome: "idle", values: {} });
  const errorsOf = useFieldErrors(state);
  return (
    <form action={formAction} className="flex max-w-md flex-col gap-4" noValidate>
      {state.outcome === "invalid" && <Notice tone="error">{t("errorSummary")}</Notice>}
      {state.outcome === "refused" && <Notice tone="error">{t("rateLimited")}</Notice>}
      {state.outcome === "error" && <Notice tone="error">{tc("unexpected", { id: state.errorId ?? "" })}</Notice>}
      {state.outcome === "forbidden" && <Notice tone="error">{tc("notFoundBody")}</Notice>}
      {/* Lets a password manager file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <PasswordInput id="currentPassword" label={t("currentPassword")} errors={errorsOf("currentPassword")} autoComplete="current-password" />
      <PasswordInput id="password" label={t("newPassword")} help={t("newPasswordHelp")} errors={errorsOf("password")} autoComplete="new-password" />
      <PasswordInput id="passwordConfirmation" label={t("confirmPassword")} errors={errorsOf("passwordConfirmation")} autoComplete="new-password" />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? t("saving") : t("submit")}
      </Button>
    </form>
  );
}
