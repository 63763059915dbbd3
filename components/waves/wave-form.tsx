"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { CheckboxGroup } from "@/components/ui/choice-fields";
import { controlProps, Field, inputClasses } from "@/components/ui/field";
import { useFieldErrors } from "@/components/ui/field-errors";
import { FormOutcome } from "@/components/ui/form-outcome";
import { FormActions, SubmitButton } from "@/components/ui/submit-button";
import type { FieldValues, FormState } from "@/lib/validation/form-state";
import { METHODOLOGY_LIMIT, type WaveField } from "@/lib/validation/wave-input";

type State = FormState<FieldValues<WaveField>>;

/**
 * Plans or edits a wave: its name, window, scope and methodology note. A plain form posting to a Server Action,
 * so it works without JavaScript; a refused save comes back with everything chosen.
 */
export function WaveForm({
  action,
  initialState,
  akimats,
  platforms,
  record,
}: {
  action: (state: State, formData: FormData) => Promise<State>;
  initialState: State;
  /** Every akimat, as named in the reader's language. */
  akimats: { id: string; name: string }[];
  platforms: { value: string; label: string }[];
  record?: { id: string; version: number };
}) {
  const t = useTranslations("waves.form");
  const [state, formAction] = useActionState(action, initialState);
  const errorsOf = useFieldErrors(state, { also: "waves.validation" });
  const values = state.values;
  const part = { values, errorsOf };

  return (
    <form action={formAction} className="flex max-w-3xl flex-col gap-5" noValidate key={JSON.stringify(state)}>
      <FormOutcome state={state} namespace="waves.outcome" reloadHref={record ? `/waves/${record.id}/edit` : undefined} />
      {record && <input type="hidden" name="id" value={record.id} />}
      {record && <input type="hidden" name="version" value={record.version} />}
      <Field id="name" label={t("name")} help={t("nameHelp")} errors={errorsOf("name")}>
        {(d, i) => <input id="name" name="name" type="text" defaultValue={values.name ?? ""} required {...controlProps(d, i)} />}
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="opensOn" label={t("opensOn")} errors={errorsOf("opensOn")}>
          {(d, i) => (
            <input id="opensOn" name="opensOn" type="date" defaultValue={values.opensOn ?? ""} required {...controlProps(d, i, `${inputClasses} sm:w-48`)} />
          )}
        </Field>
        <Field id="dueOn" label={t("dueOn")} help={t("dueOnHelp")} errors={errorsOf("dueOn")}>
          {(d, i) => (
            <input id="dueOn" name="dueOn" type="date" defaultValue={values.dueOn ?? ""} required {...controlProps(d, i, `${inputClasses} sm:w-48`)} />
          )}
        </Field>
      </div>
      <CheckboxGroup field="akimatIds" legend={t("akimats")} options={akimats.map((akimat) => ({ value: akimat.id, label: akimat.name }))} part={part} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="includeDistricts" value="yes" defaultChecked={values.includeDistricts === "yes"} className="h-4 w-4" />
        {t("includeDistricts")}
      </label>
      <CheckboxGroup field="platforms" legend={t("platforms")} options={platforms} part={part} />
      <Field id="methodology" label={t("methodology")} help={t("methodologyHelp", { limit: METHODOLOGY_LIMIT })} errors={errorsOf("methodology")}>
        {(d, i) => <textarea id="methodology" name="methodology" rows={5} defaultValue={values.methodology ?? ""} {...controlProps(d, i)} />}
      </Field>
      <FormActions>
        <SubmitButton>{t("save")}</SubmitButton>
      </FormActions>
    </form>
  );
}
