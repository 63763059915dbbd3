"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClasses } from "@/components/ui/field";
import type { PositionField } from "@/lib/validation/position-input";
import type { FieldValues, FormState } from "@/lib/validation/form-state";
import { FormOutcome } from "@/components/ui/form-outcome";
import { SubmitButton } from "./submit-button";
import { controlProps, useFieldErrors } from "./use-field-errors";

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
  const errorsOf = useFieldErrors(state);
  const values = state.values;
  const control = (d: string | undefined, i: boolean) => controlProps(d, i, inputClasses);

  return (
    <form action={formAction} className="flex max-w-2xl flex-col gap-5" noValidate key={JSON.stringify(state)}>
      <FormOutcome state={state} namespace="registry.form" reloadHref={record ? `/officials/${officialId}/positions/${record.id}/edit` : undefined} />
      <input type="hidden" name="officialId" value={officialId} />
      {record && <input type="hidden" name="id" value={record.id} />}
      {record && <input type="hidden" name="version" value={record.version} />}
      <Field id="akimatId" label={t("akimat")} errors={errorsOf("akimatId")}>
        {(d, i) => (
          <select id="akimatId" name="akimatId" defaultValue={values.akimatId ?? ""} required {...control(d, i)}>
            <option value="">{t("chooseAkimat")}</option>
            {akimats.map((akimat) => (
              <option key={akimat.id} value={akimat.id}>
                {akimat.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="title" label={t("title")} errors={errorsOf("title")}>
        {(d, i) => (
          <select id="title" name="title" defaultValue={values.title ?? ""} required {...control(d, i)}>
            <option value="">{t("chooseTitle")}</option>
            {TITLES.map((title) => (
              <option key={title} value={title}>
                {tt(title)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="portfolio" label={t("portfolio")} help={t("portfolioHelp")} errors={errorsOf("portfolio")}>
        {(d, i) => <input id="portfolio" name="portfolio" type="text" defaultValue={values.portfolio ?? ""} {...control(d, i)} />}
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="startedOn" label={t("startedOn")} errors={errorsOf("startedOn")}>
          {(d, i) => <input id="startedOn" name="startedOn" type="date" defaultValue={values.startedOn ?? ""} {...control(d, i)} />}
        </Field>
        <Field id="endedOn" label={t("endedOn")} help={t("endedOnHelp")} errors={errorsOf("endedOn")}>
          {(d, i) => <input id="endedOn" name="endedOn" type="date" defaultValue={values.endedOn ?? ""} {...control(d, i)} />}
        </Field>
      </div>
      <SubmitButton>{t("save")}</SubmitButton>
    </form>
  );
}
