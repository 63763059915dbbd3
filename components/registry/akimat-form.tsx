"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClasses } from "@/components/ui/field";
import type { AkimatField } from "@/lib/validation/akimat-input";
import type { FieldValues, FormState } from "@/lib/validation/form-state";
import { FormOutcome } from "@/components/ui/form-outcome";
import { SubmitButton } from "./submit-button";
import { controlProps, useFieldErrors } from "./use-field-errors";

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
  const errorsOf = useFieldErrors(state);
  const values = state.values;
  const control = (d: string | undefined, i: boolean) => controlProps(d, i, inputClasses);

  return (
    <form action={formAction} className="flex max-w-2xl flex-col gap-5" noValidate key={JSON.stringify(state)}>
      <FormOutcome state={state} namespace="registry.form" reloadHref={record ? `/akimats/${record.id}/edit` : undefined} />
      {record && <input type="hidden" name="id" value={record.id} />}
      {record && <input type="hidden" name="version" value={record.version} />}
      <Field id="name" label={t("name")} errors={errorsOf("name")}>
        {(d, i) => <input id="name" name="name" type="text" defaultValue={values.name ?? ""} required lang="ru" {...control(d, i)} />}
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="nameKk" label={t("nameKk")} errors={errorsOf("nameKk")}>
          {(d, i) => <input id="nameKk" name="nameKk" type="text" defaultValue={values.nameKk ?? ""} lang="kk" {...control(d, i)} />}
        </Field>
        <Field id="nameEn" label={t("nameEn")} errors={errorsOf("nameEn")}>
          {(d, i) => <input id="nameEn" name="nameEn" type="text" defaultValue={values.nameEn ?? ""} lang="en" {...control(d, i)} />}
        </Field>
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="level" label={t("level")} errors={errorsOf("level")}>
          {(d, i) => (
            <select id="level" name="level" defaultValue={values.level ?? ""} required {...control(d, i)}>
              <option value="">{t("chooseLevel")}</option>
              {LEVELS.map((level) => (
                <option key={level} value={level}>
                  {tl(level)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="parentId" label={t("parent")} help={t("parentHelp")} errors={errorsOf("parentId")}>
          {(d, i) => (
            <select id="parentId" name="parentId" defaultValue={values.parentId ?? ""} {...control(d, i)}>
              <option value="">{t("noParent")}</option>
              {parents.map((parent) => (
                <option key={parent.id} value={parent.id}>
                  {parent.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field id="slug" label={t("slug")} help={t("slugHelp")} errors={errorsOf("slug")}>
        {(d, i) => <input id="slug" name="slug" type="text" defaultValue={values.slug ?? ""} autoComplete="off" spellCheck={false} {...control(d, i)} />}
      </Field>
      <SubmitButton>{t("save")}</SubmitButton>
    </form>
  );
}
