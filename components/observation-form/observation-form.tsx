"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClasses } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { FormState } from "@/lib/validation/form-state";
import type { FilesDropped, ObservationField, ObservationFormValues } from "@/lib/validation/observation-input";
import { ActivityFields } from "./activity-fields";
import { EvidenceFields, type AttachedScreenshot } from "./evidence-fields";
import type { FormPart } from "./field-kit";
import { SubjectFields, type SubjectChoice } from "./subject-fields";
import { SubmitButtons } from "./submit-buttons";

export type { SubjectChoice };

type State = FormState<ObservationFormValues, FilesDropped>;

/**
 * The reporter's form. A plain <form> posting to a Server Action: it works with JavaScript off, and with it
 * shows a pending state and warns before leaving unsaved work. After a failed save it comes back with
 * everything that was typed.
 */
export function ObservationForm({
  action,
  initialState,
  subjects,
  record,
  attached = [],
}: {
  action: (state: State, formData: FormData) => Promise<State>;
  initialState: State;
  subjects: SubjectChoice[];
  /** Set when editing: the observation and the version the reporter opened. */
  record?: { id: string; version: number };
  attached?: AttachedScreenshot[];
}) {
  const t = useTranslations("observation");
  const tv = useTranslations("validation");
  const tc = useTranslations("common");
  const ts = useTranslations("status");
  const [state, formAction] = useActionState(action, initialState);
  const dirty = useRef(false);
  const values = state.values;

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty.current) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  const part: FormPart = {
    values,
    errorsOf: (field) =>
      state.fieldErrors?.[field]?.map((entry) => {
        const [key = "invalid", param] = entry.split(/:(.*)/s);
        return tv.has(key) ? tv(key, { value: param ?? values[field as ObservationField] ?? "" }) : tv("invalid");
      }),
  };

  return (
    <form
      // React resets a form after its action; a <select> then falls back to its first option instead of the value
      // handed back. A new key per outcome remounts the fields with what the reporter typed.
      key={JSON.stringify(state)}
      action={formAction}
      onChange={() => (dirty.current = true)}
      onSubmit={() => (dirty.current = false)}
      encType="multipart/form-data"
      className="flex max-w-3xl flex-col gap-8"
      noValidate
    >
      {state.outcome === "invalid" && <Notice tone="error">{t("errorSummary")}</Notice>}
      {state.outcome === "conflict" && (
        <Notice tone="error">{t("conflict", { version: state.conflict?.version ?? 0, status: state.conflict?.status ? ts(state.conflict.status) : "" })}</Notice>
      )}
      {state.outcome === "error" && <Notice tone="error">{tc("unexpected", { id: state.errorId ?? "" })}</Notice>}
      {state.outcome === "forbidden" && <Notice tone="error">{tc("notFoundBody")}</Notice>}

      <input type="hidden" name="idempotencyKey" value={values.idempotencyKey ?? ""} />
      {record && <input type="hidden" name="id" value={record.id} />}
      {record && <input type="hidden" name="version" value={record.version} />}

      <SubjectFields part={part} subjects={subjects} />
      <ActivityFields part={part} />
      <Field id="notes" label={t("notes")} help={t("notesHelp")} errors={part.errorsOf("notes")}>
        {(d, i) => <textarea id="notes" name="notes" rows={5} defaultValue={values.notes ?? ""} aria-describedby={d} aria-invalid={i || undefined} className={inputClasses} />}
      </Field>
      <EvidenceFields part={part} attached={attached} filesDropped={Boolean(state.filesDropped)} />
      {part.errorsOf("intent") && <Notice tone="error">{part.errorsOf("intent")!.join(" ")}</Notice>}
      <SubmitButtons />
    </form>
  );
}
