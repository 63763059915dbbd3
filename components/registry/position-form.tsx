"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { EnumSelect } from "@/components/ui/choice-fields";
import { controlProps, Field } from "@/components/ui/field";
import { useFieldErrors } from "@/components/ui/field-errors";
import { FormOutcome } from "@/components/ui/form-outcome";
import { FormActions, SubmitButton } from "@/components/ui/submit-button";
import type { FieldValues, FormState } from "@/lib/validation/form-state";
import type { PositionField } from "@/lib/validation/position-input";

type State = FormState<FieldValues<PositionField>>;
const TITLES = ["AKIM", "FIRST_DEPUTY_AKIM", "DEPUTY_AKIM", "CHIEF_OF_STAFF", "ADVISER", "OTHER"] as const;

/** Records a post of an official, current or (with an end date) past; or corrects one. */
export function PositionForm({
  action,
  initialState,
  officialId,
  akimats,
  record,
}: {
  action: (state: State, formData: FormData) => Promise<State>;
  initialState: State;
  officialId: string;
  akimats: { id: string; name: string }[];
  record?: { id: string; version: number };
}) {
  const t = useTranslations("registry.position");
  const tt = useTranslations("titles");
  const [state, formAction] = useActionState(action, initialState);
  const errorsOf = useFieldErrors(state, { also: "registry.validation" });
  const values = state.values;
  const part = { values, errorsOf };

  return (
    <form action={formAction} className="flex max-w-2xl flex-col gap-5" noValidate key={JSON.stringify(state)}>
      <FormOutcome state={state} namespace="registry.form" reloadHref={record ? `/officials/${officialId}/positions/${record.id}/edit` : undefined} />
      <input type="hidden" name="officialId" value={officialId} />
      {record && <input type="hidden" name="id" value={record.id} />}
      {record && <input type="hidden" name="version" value={record.version} />}
      <EnumSelect
        field="akimatId"
        label={t("akimat")}
        part={part}
        emptyLabel={t("chooseAkimat")}
        options={akimats.map((akimat) => ({ value: akimat.id, label: akimat.name }))}
        required
      />
      <EnumSelect
        field="title"
        label={t("title")}
        part={part}
        emptyLabel={t("chooseTitle")}
        options={TITLES.map((title) => ({ value: title, label: tt(title) }))}
        required
      />
      <Field id="portfolio" label={t("portfolio")} help={t("portfolioHelp")} errors={errorsOf("portfolio")}>
        {(d, i) => <input id="portfolio" name="portfolio" type="text" defaultValue={values.portfolio ?? ""} {...controlProps(d, i)} />}
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="startedOn" label={t("startedOn")} errors={errorsOf("startedOn")}>
          {(d, i) => <input id="startedOn" name="startedOn" type="date" defaultValue={values.startedOn ?? ""} {...controlProps(d, i)} />}
        </Field>
        <Field id="endedOn" label={t("endedOn")} help={t("endedOnHelp")} errors={errorsOf("endedOn")}>
          {(d, i) => <input id="endedOn" name="endedOn" type="date" defaultValue={values.endedOn ?? ""} {...controlProps(d, i)} />}
        </Field>
      </div>
      <FormActions>
        <SubmitButton>{t("save")}</SubmitButton>
      </FormActions>
    </form>
  );
}
