"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClasses } from "@/components/ui/field";
import { PLATFORM_ORDER } from "@/lib/domain/platforms";
import type { AccountField } from "@/lib/validation/account-input";
import type { FieldValues, FormState } from "@/lib/validation/form-state";
import { FormOutcome } from "@/components/ui/form-outcome";
import { SubmitButton } from "./submit-button";
import { controlProps, useFieldErrors } from "./use-field-errors";

type State = FormState<FieldValues<AccountField>>;
const KINDS = ["PERSONAL_PROFILE", "PAGE", "CHANNEL", "GROUP", "OTHER"] as const;

/** Adds an account to an official (anyone in the newsroom) or corrects one (editors). */
export function AccountForm({
  action,
  initialState,
  officialId,
  record,
}: {
  action: (state: State, formData: FormData) => Promise<State>;
  initialState: State;
  officialId: string;
  record?: { id: string; version: number };
}) {
  const t = useTranslations("registry.account");
  const tk = useTranslations("registry.kinds");
  const tp = useTranslations("platforms");
  const [state, formAction] = useActionState(action, initialState);
  const errorsOf = useFieldErrors(state);
  const values = state.values;
  const control = (d: string | undefined, i: boolean) => controlProps(d, i, inputClasses);

  return (
    <form action={formAction} className="flex max-w-2xl flex-col gap-5" noValidate key={JSON.stringify(state)}>
      <FormOutcome state={state} namespace="registry.form" reloadHref={record ? `/officials/${officialId}/accounts/${record.id}/edit` : undefined} />
      <input type="hidden" name="officialId" value={officialId} />
      {record && <input type="hidden" name="id" value={record.id} />}
      {record && <input type="hidden" name="version" value={record.version} />}
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="platform" label={t("platform")} errors={errorsOf("platform")}>
          {(d, i) => (
            <select id="platform" name="platform" defaultValue={values.platform ?? ""} required {...control(d, i)}>
              <option value="">{t("choosePlatform")}</option>
              {PLATFORM_ORDER.map((platform) => (
                <option key={platform} value={platform}>
                  {tp(platform)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="kind" label={t("kind")} errors={errorsOf("kind")}>
          {(d, i) => (
            <select id="kind" name="kind" defaultValue={values.kind ?? "PERSONAL_PROFILE"} {...control(d, i)}>
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {tk(kind)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field id="url" label={t("url")} help={t("urlHelp")} errors={errorsOf("url")}>
        {(d, i) => <input id="url" name="url" type="url" inputMode="url" defaultValue={values.url ?? ""} autoComplete="off" spellCheck={false} {...control(d, i)} />}
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="handle" label={t("handle")} help={t("handleHelp")} errors={errorsOf("handle")}>
          {(d, i) => <input id="handle" name="handle" type="text" defaultValue={values.handle ?? ""} autoComplete="off" spellCheck={false} {...control(d, i)} />}
        </Field>
        <Field id="label" label={t("label")} help={t("labelHelp")} errors={errorsOf("label")}>
          {(d, i) => <input id="label" name="label" type="text" defaultValue={values.label ?? ""} {...control(d, i)} />}
        </Field>
      </div>
      <SubmitButton>{t("save")}</SubmitButton>
    </form>
  );
}
