"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { EnumSelect } from "@/components/ui/choice-fields";
import { controlProps, Field } from "@/components/ui/field";
import { useFieldErrors } from "@/components/ui/field-errors";
import { FormOutcome } from "@/components/ui/form-outcome";
import { FormActions, SubmitButton } from "@/components/ui/submit-button";
import { PLATFORM_ORDER } from "@/lib/domain/platforms";
import type { AccountField } from "@/lib/validation/account-input";
import type { FieldValues, FormState } from "@/lib/validation/form-state";

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
  const errorsOf = useFieldErrors(state, { also: "registry.validation" });
  const values = state.values;
  const part = { values, errorsOf };

  return (
    <form action={formAction} className="flex max-w-2xl flex-col gap-5" noValidate key={JSON.stringify(state)}>
      <FormOutcome state={state} namespace="registry.form" reloadHref={record ? `/officials/${officialId}/accounts/${record.id}/edit` : undefined} />
      <input type="hidden" name="officialId" value={officialId} />
      {record && <input type="hidden" name="id" value={record.id} />}
      {record && <input type="hidden" name="version" value={record.version} />}
      <div className="grid gap-5 sm:grid-cols-2">
        <EnumSelect
          field="platform"
          label={t("platform")}
          part={part}
          emptyLabel={t("choosePlatform")}
          options={PLATFORM_ORDER.map((platform) => ({ value: platform, label: tp(platform) }))}
          required
        />
        <Field id="kind" label={t("kind")} errors={errorsOf("kind")}>
          {(d, i) => (
            <select id="kind" name="kind" defaultValue={values.kind ?? "PERSONAL_PROFILE"} {...controlProps(d, i)}>
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
        {(d, i) => (
          <input id="url" name="url" type="url" inputMode="url" defaultValue={values.url ?? ""} autoComplete="off" spellCheck={false} {...controlProps(d, i)} />
        )}
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="handle" label={t("handle")} help={t("handleHelp")} errors={errorsOf("handle")}>
          {(d, i) => (
            <input id="handle" name="handle" type="text" defaultValue={values.handle ?? ""} autoComplete="off" spellCheck={false} {...controlProps(d, i)} />
          )}
        </Field>
        <Field id="label" label={t("label")} help={t("labelHelp")} errors={errorsOf("label")}>
          {(d, i) => <input id="label" name="label" type="text" defaultValue={values.label ?? ""} {...controlProps(d, i)} />}
        </Field>
      </div>
      <FormActions>
        <SubmitButton>{t("save")}</SubmitButton>
      </FormActions>
    </form>
  );
}
