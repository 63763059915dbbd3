"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { controlProps, Field } from "@/components/ui/field";
import { useFieldErrors } from "@/components/ui/field-errors";
import { FormOutcome } from "@/components/ui/form-outcome";
import { FormActions, SubmitButton } from "@/components/ui/submit-button";
import type { FieldValues, FormState } from "@/lib/validation/form-state";
import type { OfficialField } from "@/lib/validation/official-input";

type State = FormState<FieldValues<OfficialField>>;

/** Creates or renames an official. The Latin name may be left empty: it is made from the Cyrillic one. */
export function OfficialForm({
  action,
  initialState,
  record,
}: {
  action: (state: State, formData: FormData) => Promise<State>;
  initialState: State;
  record?: { id: string; version: number };
}) {
  const t = useTranslations("registry.official");
  const [state, formAction] = useActionState(action, initialState);
  const errorsOf = useFieldErrors(state, { also: "registry.validation" });
  const values = state.values;

  return (
    <form action={formAction} className="flex max-w-2xl flex-col gap-5" noValidate key={JSON.stringify(state)}>
      <FormOutcome state={state} namespace="registry.form" reloadHref={record ? `/officials/${record.id}/edit` : undefined} />
      {record && <input type="hidden" name="id" value={record.id} />}
      {record && <input type="hidden" name="version" value={record.version} />}
      <Field id="fullName" label={t("fullName")} help={t("fullNameHelp")} errors={errorsOf("fullName")}>
        {(d, i) => (
          <input id="fullName" name="fullName" type="text" defaultValue={values.fullName ?? ""} required lang="ru" autoComplete="off" {...controlProps(d, i)} />
        )}
      </Field>
      <Field id="fullNameLatin" label={t("fullNameLatin")} help={t("fullNameLatinHelp")} errors={errorsOf("fullNameLatin")}>
        {(d, i) => (
          <input
            id="fullNameLatin"
            name="fullNameLatin"
            type="text"
            defaultValue={values.fullNameLatin ?? ""}
            lang="en"
            autoComplete="off"
            {...controlProps(d, i)}
          />
        )}
      </Field>
      <FormActions>
        <SubmitButton>{record ? t("save") : t("create")}</SubmitButton>
      </FormActions>
    </form>
  );
}
