"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { controlProps, Field } from "@/components/ui/field";
import { useFieldErrors } from "@/components/ui/field-errors";
import { FormOutcome } from "@/components/ui/form-outcome";
import { Notice } from "@/components/ui/notice";
import { FormActions, SubmitButton } from "@/components/ui/submit-button";
import { SAVED_EMBED_LIMITS } from "@/lib/domain/saved-embed";
import type { FieldValues, FormState } from "@/lib/validation/form-state";
import type { SavedEmbedField } from "@/lib/validation/saved-embed-input";

type State = FormState<FieldValues<SavedEmbedField>>;

/**
 * An article's text around a saved embed (issue 17, part 5): headline, intro, notes and source line, plain text
 * shown escaped. What the embed shows travels as `view`, the builder's address for the view chosen above the form.
 * A plain form posting to a Server Action, so it works without JavaScript; a refused save comes back with
 * everything typed, and a save over someone else's is explained, not made.
 */
export function SavedEmbedForm({
  action,
  initialState,
  view,
  record,
}: {
  action: (state: State, formData: FormData) => Promise<State>;
  initialState: State;
  /** The builder's address for the view to save (/embed/comparison?…), as chosen now. */
  view: string;
  /** The saved embed edited, at the version opened; none for a new one. */
  record?: { id: string; version: number };
}) {
  const t = useTranslations("savedEmbeds.form");
  const [state, formAction] = useActionState(action, initialState);
  const errorsOf = useFieldErrors(state, { also: "savedEmbeds.validation" });
  const values = state.values;
  const viewErrors = errorsOf("view");
  const text = (field: "headline" | "sourceLine") => (
    <Field id={`saved-${field}`} label={t(field)} help={t(`${field}Help`, { limit: SAVED_EMBED_LIMITS[field] })} errors={errorsOf(field)}>
      {(describedBy, invalid) => (
        <input
          id={`saved-${field}`}
          name={field}
          type="text"
          defaultValue={values[field] ?? ""}
          required={field === "headline"}
          {...controlProps(describedBy, invalid)}
        />
      )}
    </Field>
  );
  const paragraphs = (field: "intro" | "notes") => (
    <Field id={`saved-${field}`} label={t(field)} help={t(`${field}Help`, { limit: SAVED_EMBED_LIMITS[field] })} errors={errorsOf(field)}>
      {(describedBy, invalid) => (
        <textarea id={`saved-${field}`} name={field} rows={3} defaultValue={values[field] ?? ""} {...controlProps(describedBy, invalid)} />
      )}
    </Field>
  );

  return (
    <form action={formAction} className="flex max-w-3xl flex-col gap-5" noValidate key={JSON.stringify(state)}>
      <FormOutcome state={state} namespace="savedEmbeds.outcome" reloadHref={record ? `/embed-builder/saved/${record.id}` : undefined} />
      {viewErrors && <Notice tone="error">{viewErrors.join(" ")}</Notice>}
      {record && <input type="hidden" name="id" value={record.id} />}
      {record && <input type="hidden" name="version" value={record.version} />}
      <input type="hidden" name="view" value={view} />
      {text("headline")}
      {paragraphs("intro")}
      {paragraphs("notes")}
      {text("sourceLine")}
      <p className="text-xs text-zinc-600 dark:text-zinc-400">{t("plainText")}</p>
      <FormActions>
        <SubmitButton>{record ? t("saveChanges") : t("save")}</SubmitButton>
      </FormActions>
    </form>
  );
}
