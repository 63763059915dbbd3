"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { PasswordInput, useFieldErrors } from "@/components/admin/form-kit";
import { Button, buttonClasses } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { FieldValues, FormState } from "@/lib/validation/form-state";

type State = FormState<FieldValues<never>>;

/**
 * The form behind a one-time link. After it, the person signs in with the new password themselves: nobody is
 * signed in by holding a link.
 */
export function SetPasswordForm({ action, token, email }: { action: (state: State, formData: FormData) => Promise<State>; token: string; email: string }) {
  const t = useTranslations("account.setPassword");
  const ta = useTranslations("account");
  const tc = useTranslations("common");
  const [state, formAction, pending] = useActionState(action, { outcome: "idle", values: {} });
  const errorsOf = useFieldErrors(state);

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
      {state.outcome === "invalid" && <Notice tone="error">{ta("errorSummary")}</Notice>}
      {state.outcome === "error" && <Notice tone="error">{tc("unexpected", { id: state.errorId ?? "" })}</Notice>}
      <input type="hidden" name="token" value={token} />
      {/* Lets a password manager file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <PasswordInput id="password" label={ta("newPassword")} help={ta("newPasswordHelp")} errors={errorsOf("password")} autoComplete="new-password" />
      <PasswordInput id="passwordConfirmation" label={ta("confirmPassword")} errors={errorsOf("passwordConfirmation")} autoComplete="new-password" />
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? t("saving") : t("submit")}
      </Button>
    </form>
  );
}
