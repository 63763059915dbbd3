"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { EnumSelect } from "@/components/ui/choice-fields";
import { controlProps, Field } from "@/components/ui/field";
import { useFieldErrors } from "@/components/ui/field-errors";
import { FormOutcome } from "@/components/ui/form-outcome";
import { FormActions, SubmitButton } from "@/components/ui/submit-button";
import type { AkimatField } from "@/lib/validation/akimat-input";
import type { FieldValues, FormState } from "@/lib/validation/form-state";

type State = FormState<FieldValues<AkimatField>>;
const LEVELS = ["REGION", "CITY", "DISTRICT"] as const;

/**
 * Creates or edits an akimat. A plain form posting to a Server Action: it works with JavaScript off; after a
 * refused save it comes back with everything typed (the fields are re-mounted from the returned values).
 */
export function AkimatForm({
  action,
  initialState,
  parents,
  record,
}: {
  action: (state: State, formData: FormData) => Promise<State>;
  initialState: State;
  /** Akimats it may sit under, as "name" per id. */
  parents: { id: string; name: string }[];
  record?: { id: string; version: number };
}) {
  const t = useTranslations("registry.akimat");
  const tl = useTranslations("levels");
  const [state, formAction] = useActionState(action, initialState);
  const errorsOf = useFieldErrors(state, { also: "registry.validation" });
  const values = state.values;
  const part = { values, errorsOf };

  return (
    <form action={formAction} className="flex max-w-2xl flex-col gap-5" noValidate key={JSON.stringify(state)}>
      <FormOutcome state={state} namespace="registry.form" reloadHref={record ? `/akimats/${record.id}/edit` : undefined} />
      {record && <input type="hidden" name="id" value={record.id} />}
      {record && <input type="hidden" name="version" value={record.version} />}
      <Field id="name" label={t("name")} errors={errorsOf("name")}>
        {(d, i) => <input id="name" name="name" type="text" defaultValue={values.name ?? ""} required lang="ru" {...controlProps(d, i)} />}
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="nameKk" label={t("nameKk")} errors={errorsOf("nameKk")}>
          {(d, i) => <input id="nameKk" name="nameKk" type="text" defaultValue={values.nameKk ?? ""} lang="kk" {...controlProps(d, i)} />}
        </Field>
        <Field id="nameEn" label={t("nameEn")} errors={errorsOf("nameEn")}>
          {(d, i) => <input id="nameEn" name="nameEn" type="text" defaultValue={values.nameEn ?? ""} lang="en" {...controlProps(d, i)} />}
        </Field>
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <EnumSelect
          field="level"
          label={t("level")}
          part={part}
          emptyLabel={t("chooseLevel")}
          options={LEVELS.map((level) => ({ value: level, label: tl(level) }))}
          required
        />
        <EnumSelect
          field="parentId"
          label={t("parent")}
          help={t("parentHelp")}
          part={part}
          emptyLabel={t("noParent")}
          options={parents.map((parent) => ({ value: parent.id, label: parent.name }))}
        />
      </div>
      <Field id="slug" label={t("slug")} help={t("slugHelp")} errors={errorsOf("slug")}>
        {(d, i) => <input id="slug" name="slug" type="text" defaultValue={values.slug ?? ""} autoComplete="off" spellCheck={false} {...controlProps(d, i)} />}
      </Field>
      <FormActions>
        <SubmitButton>{t("save")}</SubmitButton>
      </FormActions>
    </form>
  );
}
