"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClasses } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { FieldValues, FormState } from "@/lib/validation/form-state";

type State = FormState<FieldValues<"email">>;

export function SignInForm({ action, callbackUrl }: { action: (state: State, formData: FormData) => Promise<State>; callbackUrl?: string }) {
  const t = useTranslations("auth");
  const tv = useTranslations("validation");
  const tc = useTranslations("common");
  const [state, formAction, pending] = useActionState(action, { outcome: "idle", values: {} });
  const fieldErrors = (field: "email" | "password") => state.fieldErrors?.[field]?.map((key) => tv(key));
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {state.outcome === "error" ? (
        <Notice tone="error">{tc("unexpected", { id: state.errorId ?? "" })}</Notice>
      ) : state.outcome === "refused" ? (
        <Notice tone="error">{t(state.refusal === "rateLimited" ? "rateLimited" : "invalid")}</Notice>
      ) : null}
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <Field id="email" label={t("email")} errors={fieldErrors("email")}>
        {(describedBy, invalid) => (
          <input id="email" name="email" type="email" autoComplete="username" required defaultValue={state.values.email} aria-describedby={describedBy} aria-invalid={invalid || undefined} className={inputClasses} />
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
