"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { useFieldErrors } from "@/components/ui/field-errors";
import { FormOutcome } from "@/components/ui/form-outcome";
import { Notice } from "@/components/ui/notice";
import { FormActions, SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/validation/form-state";
import type { FilesDropped, ObservationField, ObservationFormValues } from "@/lib/validation/observation-input";
import { ActivityFields } from "./activity-fields";
import { CarriedIntro } from "./carried";
import { EvidenceFields, type AttachedScreenshot } from "./evidence-fields";
import { NoteFields } from "./note-fields";
import { SubjectFields, type ObservationSubjectSummary } from "./subject-fields";
import type { ObservationPart } from "./tri-state";
import { WaveField, type WaveChoice } from "./wave-field";

export type { ObservationSubjectSummary };

type State = FormState<ObservationFormValues, FilesDropped>;

/**
 * The reporter's form. A plain <form> posting to a Server Action: it works with JavaScript off, and with it
 * shows a pending state and warns before leaving unsaved work. After a failed save it comes back with
 * everything that was typed.
 */
export function ObservationForm({
  action,
  initialState,
  subject,
  record,
  attached = [],
  waves,
}: {
  action: (state: State, formData: FormData) => Promise<State>;
  initialState: State;
  subject: ObservationSubjectSummary;
  /** The open waves covering the official on the platform: the observation may go into one of them. */
  waves: WaveChoice[];
  /** Set when editing: the observation and the version the reporter opened. */
  record?: { id: string; version: number };
  attached?: AttachedScreenshot[];
}) {
  const t = useTranslations("observation");
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

  const part: ObservationPart = { values, errorsOf: useFieldErrors<ObservationField | "screenshots" | "intent">(state) };

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
      <FormOutcome state={state} namespace="observation" />

      <input type="hidden" name="idempotencyKey" value={values.idempotencyKey ?? ""} />
      {record && <input type="hidden" name="id" value={record.id} />}
      {record && <input type="hidden" name="version" value={record.version} />}

      <WaveField part={part} waves={waves} />
      <CarriedIntro part={part} />
      <SubjectFields part={part} subject={subject} />
      <ActivityFields part={part} />
      <NoteFields part={part} />
      <EvidenceFields part={part} attached={attached} filesDropped={Boolean(state.filesDropped)} />
      {part.errorsOf("intent") && <Notice tone="error">{part.errorsOf("intent")!.join(" ")}</Notice>}
      <FormActions pendingText={t("saving")}>
        <SubmitButton name="intent" value="submit">
          {t("submit")}
        </SubmitButton>
        <SubmitButton name="intent" value="draft" variant="secondary">
          {t("saveDraft")}
        </SubmitButton>
      </FormActions>
    </form>
  );
}
