"use client";

import { useActionState } from "react";
import { controlProps, Field, inputClasses } from "@/components/ui/field";
import { useFieldErrors } from "@/components/ui/field-errors";
import { FormOutcome } from "@/components/ui/form-outcome";
import { FormActions, SubmitButton } from "@/components/ui/submit-button";
import type { EndField } from "@/lib/validation/end-input";
import type { FieldValues, FormState } from "@/lib/validation/form-state";

type State = FormState<FieldValues<EndField>>;

/**
 * Ends a post or an akimat on a date. Several may sit on one page, so ids carry the record's id; the record
 * is kept, dated, in the history.
 */
export function EndForm({
  action,
  record,
  today,
  dateLabel,
  buttonLabel,
  reloadHref,
}: {
  action: (state: State, formData: FormData) => Promise<State>;
  record: { id: string; version: number };
  /** The newsroom's today, as "YYYY-MM-DD": the usual answer, and the latest allowed. */
  today: string;
  dateLabel: string;
  buttonLabel: string;
  reloadHref: string;
}) {
  const [state, formAction] = useActionState(action, { outcome: "idle", values: { endedOn: today } });
  const errorsOf = useFieldErrors(state, { also: "registry.validation" });
  const id = `endedOn-${record.id}`;
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate key={JSON.stringify(state)}>
      <FormOutcome state={state} namespace="registry.form" reloadHref={reloadHref} />
      <input type="hidden" name="id" value={record.id} />
      <input type="hidden" name="version" value={record.version} />
      <div className="flex flex-wrap items-end gap-3">
        <Field id={id} label={dateLabel} errors={errorsOf("endedOn")}>
          {(d, i) => (
            <input
              id={id}
              name="endedOn"
              type="date"
              max={today}
              defaultValue={state.values.endedOn ?? ""}
              required
              {...controlProps(d, i, `${inputClasses} sm:w-48`)}
            />
          )}
        </Field>
        <FormActions>
          <SubmitButton variant="secondary">{buttonLabel}</SubmitButton>
        </FormActions>
      </div>
    </form>
  );
}
