"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { EnumSelect } from "@/components/ui/choice-fields";
import { controlProps, Field } from "@/components/ui/field";
import { useFieldErrors } from "@/components/ui/field-errors";
import { FormOutcome } from "@/components/ui/form-outcome";
import { FormActions, SubmitButton } from "@/components/ui/submit-button";
import type { FieldValues, FormState } from "@/lib/validation/form-state";
import type { WaveAssignmentField } from "@/lib/validation/wave-input";

type State = FormState<FieldValues<WaveAssignmentField>>;
type Option = { value: string; label: string };

/** Gives a reporter an akimat of the wave or one official in it (one list, grouped). */
export function AssignForm({
  action,
  record,
  reporters,
  akimats,
  officials,
}: {
  action: (state: State, formData: FormData) => Promise<State>;
  record: { id: string; version: number };
  reporters: Option[];
  akimats: Option[];
  officials: Option[];
}) {
  const t = useTranslations("waves.assign");
  const [state, formAction] = useActionState(action, { outcome: "idle", values: {} });
  const errorsOf = useFieldErrors(state, { also: "waves.validation" });
  const part = { values: state.values, errorsOf };
  const targetErrors = errorsOf("target");
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate key={JSON.stringify(state)}>
      <FormOutcome state={state} namespace="waves.outcome" reloadHref={`/waves/${record.id}`} />
      <input type="hidden" name="id" value={record.id} />
      <input type="hidden" name="version" value={record.version} />
      <div className="grid gap-3 sm:grid-cols-2">
        <EnumSelect field="reporterId" label={t("reporter")} part={part} emptyLabel={t("chooseReporter")} options={reporters} required />
        <Field id="target" label={t("target")} errors={targetErrors}>
          {(d, i) => (
            <select id="target" name="target" defaultValue={state.values.target ?? ""} required {...controlProps(d, i)}>
              <option value="">{t("chooseTarget")}</option>
              <optgroup label={t("akimats")}>
                {akimats.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </optgroup>
              {officials.length > 0 && (
                <optgroup label={t("officials")}>
                  {officials.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </optgroup>
              )}
            </select>
          )}
        </Field>
      </div>
      <FormActions>
        <SubmitButton variant="secondary">{t("submit")}</SubmitButton>
      </FormActions>
    </form>
  );
}

/** Takes one assignment back. */
export function UnassignForm({
  action,
  record,
  assignmentId,
  label,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  record: { id: string; version: number };
  assignmentId: string;
  label: string;
}) {
  const [state, formAction] = useActionState(action, { outcome: "idle", values: {} });
  return (
    <form action={formAction} noValidate>
      <FormOutcome state={state} namespace="waves.outcome" reloadHref={`/waves/${record.id}`} />
      <input type="hidden" name="id" value={record.id} />
      <input type="hidden" name="version" value={record.version} />
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <SubmitButton variant="secondary">{label}</SubmitButton>
    </form>
  );
}
