"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClasses } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

type SignInState = {
  error?: "invalid" | "rateLimited" | "unexpected";
  errorId?: string;
  fieldErrors?: Partial<Record<"email" | "password", string[]>>;
  email?: string;
};

export function SignInForm({ action, callbackUrl }: { action: (state: SignInState, formData: FormData) => Promise<SignInState>; callbackUrl?: string }) {
  const t = useTranslations("auth");
  const tv = useTranslations("validation");
  const tc = useTranslations("common");
  const [state, formAction, pending] = useActionState(action, {});
  const fieldErrors = (field: "email" | "password") => state.fieldErrors?.[field]?.map((key) => tv(key));
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {state.error === "unexpected" ? (
        <Notice tone="error">{tc("unexpected", { id: state.errorId ?? "" })}</Notice>
      ) : state.error ? (
        <Notice tone="error">{t(state.error)}</Notice>
      ) : null}
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <Field id="email" label={t("email")} errors={fieldErrors("email")}>
        {(describedBy, invalid) => (
          <input id="email" name="email" type="email" autoComplete="username" required defaultValue={state.email} aria-describedby={describedBy} aria-invalid={invalid || undefined} className={inputClasses} />
        )}
      </Field>
      <Field id="password" label={t("password")} errors={fieldErrors("password")}>
        {(describedBy, invalid) => (
          <input id="password" name="password" type="password" autoComplete="current-password" required aria-describedby={describedBy} aria-invalid={invalid || undefined} className={inputClasses} />
        )}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? t("pending") : t("submit")}
      </Button>
    </form>
  );
}
