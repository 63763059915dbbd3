"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useFieldErrors } from "@/components/ui/field-errors";
import { FormOutcome } from "@/components/ui/form-outcome";
import { PasswordInput } from "@/components/ui/password-input";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FieldValues, FormState } from "@/lib/validation/form-state";
import type { PasswordLinkShown } from "@/lib/validation/password-input";
import { OneTimeLink } from "./one-time-link";

type LinkState = FormState<FieldValues<never>, PasswordLinkShown>;
type TypedState = FormState<FieldValues<"password">>;
type User = { id: string; version: number };

/** An admin's reset by one-time link: the answer carries the link, shown here this once. */
export function PasswordLinkForm({ action, user }: { action: (state: LinkState, formData: FormData) => Promise<LinkState>; user: User }) {
  const t = useTranslations("admin.user");
  const [state, formAction] = useActionState(action, { outcome: "idle", values: {} });
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormOutcome state={state} namespace="admin.outcome" reloadHref={`/admin/users/${user.id}`} />
      {state.outcome === "done" && state.link && <OneTimeLink url={state.link.url} expiresAt={state.link.expiresAt} />}
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
      <SubmitButton variant="secondary" className="self-start">
        {t("makeLink")}
      </SubmitButton>
    </form>
  );
}

/** An admin's reset with a password they type and pass on in person. */
export function TypedPasswordForm({ action, user }: { action: (state: TypedState, formData: FormData) => Promise<TypedState>; user: User }) {
  const t = useTranslations("admin.user");
  const [state, formAction] = useActionState(action, { outcome: "idle", values: {} });
  const errorsOf = useFieldErrors(state);
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <FormOutcome state={state} namespace="admin.outcome" reloadHref={`/admin/users/${user.id}`} />
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
      <PasswordInput
        id="reset-password"
        name="password"
        label={t("typedPassword")}
        help={t("typedPasswordHelp")}
        errors={errorsOf("password")}
        autoComplete="new-password"
      />
      <SubmitButton variant="secondary" className="self-start">
        {t("setPassword")}
      </SubmitButton>
    </form>
  );
}
