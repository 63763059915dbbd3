"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useActionState } from "react";
import { buttonClasses } from "@/components/ui/button";
import { useFieldErrors } from "@/components/ui/field-errors";
import { FormOutcome } from "@/components/ui/form-outcome";
import { Notice } from "@/components/ui/notice";
import { PasswordInput } from "@/components/ui/password-input";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FieldValues, FormState } from "@/lib/validation/form-state";
import type { PasswordField } from "@/lib/validation/password-input";

type State = FormState<FieldValues<never>>;

/**
 * The form behind a one-time link. After it, the person signs in with the new password themselves: nobody is
 * signed in by holding a link.
 */
export function SetPasswordForm({ action, token, email }: { action: (state: State, formData: FormData) => Promise<State>; token: string; email: string }) {
  const t = useTranslations("account.setPassword");
  const ta = useTranslations("account");
  const [state, formAction] = useActionState(action, { outcome: "idle", values: {} });
  const errorsOf = useFieldErrors<PasswordField>(state);

  if (state.outcome === "done") {
    return (
      <div className="flex flex-col gap-4">
        <Notice tone="success">{t("done")}</Notice>
        <Link href="/login" className={`${buttonClasses()} self-start`}>
          {t("signIn")}
        </Link>
      </div>
    );
  }
  if (state.outcome === "refused") {
    return (
      <Notice tone="error">
        <strong>{t("invalidTitle")}.</strong> {t("invalidBody")}
      </Notice>
    );
  }

  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormOutcome state={state} namespace="account" />
      <input type="hidden" name="token" value={token} />
      {/* Lets a password manager file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <PasswordInput id="password" label={ta("newPassword")} help={ta("newPasswordHelp")} errors={errorsOf("password")} autoComplete="new-password" />
      <PasswordInput id="passwordConfirmation" label={ta("confirmPassword")} errors={errorsOf("passwordConfirmation")} autoComplete="new-password" />
      <SubmitButton pendingText={t("saving")} className="self-start">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
