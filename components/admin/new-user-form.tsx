"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { controlProps, Field } from "@/components/ui/field";
import { useFieldErrors } from "@/components/ui/field-errors";
import { FormOutcome } from "@/components/ui/form-outcome";
import { Notice } from "@/components/ui/notice";
import { PasswordInput } from "@/components/ui/password-input";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextLink } from "@/components/ui/text-link";
import type { FieldValues, FormState } from "@/lib/validation/form-state";
import type { PasswordLinkShown } from "@/lib/validation/password-input";
import type { NewUserField } from "@/lib/validation/user-input";
import { OneTimeLink } from "./one-time-link";

type State = FormState<FieldValues<NewUserField>, PasswordLinkShown>;
const ROLES = ["REPORTER", "EDITOR", "ADMIN"] as const;

/**
 * The admin's new-user form. With a one-time link, the action answers with the link instead of leaving the
 * page, and the form gives way to it: the admin passes it on. Works with JavaScript off.
 */
export function NewUserForm({ action }: { action: (state: State, formData: FormData) => Promise<State> }) {
  const t = useTranslations("admin.newUser");
  const tr = useTranslations("roles");
  const [state, formAction] = useActionState(action, { outcome: "idle", values: { role: "REPORTER", passwordMode: "link" } });
  const errorsOf = useFieldErrors(state);
  const values = state.values;

  if (state.outcome === "done" && state.link && state.user) {
    return (
      <div className="flex max-w-2xl flex-col gap-4">
        <Notice tone="success">{t("created", { name: state.user.name })}</Notice>
        <OneTimeLink url={state.link.url} expiresAt={state.link.expiresAt} />
        <TextLink href={`/admin/users/${state.user.id}`} className="font-semibold">
          {t("openUser", { name: state.user.name })}
        </TextLink>
      </div>
    );
  }

  return (
    // Re-mounted per answer, so that the fields show what the admin typed (a <select> would otherwise reset).
    <form action={formAction} className="flex max-w-2xl flex-col gap-5" noValidate key={JSON.stringify(state)}>
      <FormOutcome state={state} namespace="admin.outcome" />
      <Field id="name" label={t("name")} errors={errorsOf("name")}>
        {(d, i) => <input id="name" name="name" type="text" defaultValue={values.name ?? ""} required autoComplete="off" {...controlProps(d, i)} />}
      </Field>
      <Field id="email" label={t("email")} help={t("emailHelp")} errors={errorsOf("email")}>
        {(d, i) => (
          <input
            id="email"
            name="email"
            type="email"
            defaultValue={values.email ?? ""}
            required
            autoComplete="off"
            spellCheck={false}
            {...controlProps(d, i)}
          />
        )}
      </Field>
      <Field id="role" label={t("role")} help={t("roleHelp")} errors={errorsOf("role")}>
        {(d, i) => (
          <select id="role" name="role" defaultValue={values.role ?? "REPORTER"} {...controlProps(d, i)}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {tr(role)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="flex flex-col gap-3">
        <legend className="text-sm font-semibold">{t("passwordMode")}</legend>
        {(["link", "typed"] as const).map((mode) => (
          <label key={mode} className="flex items-center gap-2">
            <input type="radio" name="passwordMode" value={mode} defaultChecked={(values.passwordMode ?? "link") === mode} />
            {mode === "link" ? t("modeLink") : t("modeTyped")}
          </label>
        ))}
        {errorsOf("passwordMode") && <p className="text-sm font-medium text-red-700 dark:text-red-400">{errorsOf("passwordMode")!.join(" ")}</p>}
        <PasswordInput id="password" label={t("password")} help={t("passwordHelp")} errors={errorsOf("password")} autoComplete="new-password" />
      </fieldset>
      <SubmitButton pendingText={t("saving")} className="self-start">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
