"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { controlProps, Field } from "@/components/ui/field";
import { useFieldErrors } from "@/components/ui/field-errors";
import { FormOutcome } from "@/components/ui/form-outcome";
import { FormActions, SubmitButton } from "@/components/ui/submit-button";
import { IMPORT_KINDS } from "@/lib/domain/import/fields";
import { IMPORT_LIMIT_VALUES } from "@/lib/domain/import/limits";
import type { FieldValues, FormState } from "@/lib/validation/form-state";

type State = FormState<FieldValues<"kind" | "waveId">>;

/**
 * The first step: what the file holds, and the file. A plain form posting to a Server Action, so it works
 * without JavaScript. A refused upload keeps the chosen kind; the file must be chosen again (browsers do not
 * let a page keep one), which the message says.
 */
export function UploadForm({
  action,
  waves = [],
}: {
  action: (state: State, formData: FormData) => Promise<State>;
  /** The open survey waves an observations file may record into. */
  waves?: { id: string; name: string }[];
}) {
  const t = useTranslations("import.upload");
  const [state, formAction] = useActionState(action, { outcome: "idle", values: { kind: "OBSERVATIONS" } });
  // The limits are quoted from where they are enforced (import-limits.ts), never restated in the messages.
  const errorsOf = useFieldErrors<"kind" | "file" | "waveId">(state, { also: "import.problems", params: IMPORT_LIMIT_VALUES });
  const kindErrors = errorsOf("kind");
  const fileErrors = errorsOf("file");
  const fileHelp = t("fileHelp", IMPORT_LIMIT_VALUES);
  const failed = state.outcome !== "idle";

  return (
    <form action={formAction} className="flex max-w-2xl flex-col gap-5" noValidate key={JSON.stringify(state)}>
      <FormOutcome state={state} namespace="import.form" />
      <fieldset className="flex flex-col gap-2" aria-describedby={kindErrors ? "kind-error" : undefined}>
        <legend className="mb-1 text-sm font-semibold">{t("kind")}</legend>
        {IMPORT_KINDS.map((kind) => (
          <div key={kind} className="flex items-start gap-2">
            <input
              type="radio"
              id={`kind-${kind}`}
              name="kind"
              value={kind}
              defaultChecked={state.values.kind === kind}
              aria-describedby={`kind-${kind}-help`}
              className="mt-1"
            />
            <div>
              <label htmlFor={`kind-${kind}`} className="text-sm font-medium">
                {t(`kinds.${kind}`)}
              </label>
              <p id={`kind-${kind}-help`} className="text-xs text-zinc-600 dark:text-zinc-400">
                {t(`kindHelp.${kind}`)}
              </p>
            </div>
          </div>
        ))}
        {kindErrors && (
          <p id="kind-error" className="text-sm font-medium text-red-700 dark:text-red-400">
            {kindErrors.join(" ")}
          </p>
        )}
      </fieldset>
      {waves.length > 0 && (
        <Field id="waveId" label={t("wave")} help={t("waveHelp")} errors={errorsOf("waveId")}>
          {(d, i) => (
            <select id="waveId" name="waveId" defaultValue={state.values.waveId ?? ""} {...controlProps(d, i)}>
              <option value="">{t("noWave")}</option>
              {waves.map((wave) => (
                <option key={wave.id} value={wave.id}>
                  {wave.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field
        id="file"
        label={t("file")}
        help={failed && !fileErrors ? `${fileHelp} ${t("fileAgain")}` : fileHelp}
        errors={fileErrors && [...fileErrors, t("fileAgain")]}
      >
        {(d, i) => (
          <input
            id="file"
            name="file"
            type="file"
            required
            accept=".csv,.xlsx,.txt,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            {...controlProps(d, i)}
          />
        )}
      </Field>
      <FormActions>
        <SubmitButton>{t("submit")}</SubmitButton>
      </FormActions>
    </form>
  );
}
