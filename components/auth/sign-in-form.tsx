"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { controlProps, Field } from "@/components/ui/field";
import { useFieldErrors } from "@/components/ui/field-errors";
import { FormOutcome } from "@/components/ui/form-outcome";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FieldValues, FormState } from "@/lib/validation/form-state";

type State = FormState<FieldValues<"email">>;

export function SignInForm({ action, callbackUrl }: { action: (state: State, formData: FormData) => Promise<State>; callbackUrl?: string }) {
  const t = useTranslations("auth");
  const [state, formAction] = useActionState(action, { outcome: "idle", values: {} });
  const errorsOf = useFieldErrors<"email" | "password">(state);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <FormOutcome state={state} namespace="auth" />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <Field id="email" label={t("email")} errors={errorsOf("email")}>
        {(d, i) => <input id="email" name="email" type="email" autoComplete="username" required defaultValue={state.values.email} {...controlProps(d, i)} />}
      </Field>
      <Field id="password" label={t("password")} errors={errorsOf("password")}>
        {(d, i) => <input id="password" name="password" type="password" autoComplete="current-password" required {...controlProps(d, i)} />}
      </Field>
      <SubmitButton pendingText={t("pending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
