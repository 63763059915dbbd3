"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClasses } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { ObservationFormState } from "@/lib/validation/observation-form-state";
import type { ObservationField } from "@/lib/validation/observation-input";
import { PLATFORM_ORDER } from "@/lib/domain/platforms";
import { SubmitButtons } from "./submit-buttons";

export type SubjectChoice = {
  id: string;
  name: string;
  officials: { id: string; fullName: string; title: string; accounts: { id: string; platform: string; handle: string | null; label: string | null }[] }[];
};

const EXISTENCE = ["FOUND", "NOT_FOUND", "DELETED", "SUSPENDED"] as const;
const VISIBILITY = ["PUBLIC", "CLOSED", "PARTIAL"] as const;
const COUNTS = ["followers", "following", "friends", "posts"] as const;

/**
 * The reporter's form. A plain <form> posting to a Server Action: it works with JavaScript off, and with it
 * shows a pending state. After a failed save it comes back with everything that was typed.
 */
export function ObservationForm({
  action,
  initialState,
  subjects,
  record,
}: {
  action: (state: ObservationFormState, formData: FormData) => Promise<ObservationFormState>;
  initialState: ObservationFormState;
  subjects: SubjectChoice[];
  /** Set when editing: the observation and the version the reporter opened. */
  record?: { id: string; version: number };
}) {
  const t = useTranslations("observation");
  const tv = useTranslations("validation");
  const tc = useTranslations("common");
  const tp = useTranslations("platforms");
  const te = useTranslations("existence");
  const tvis = useTranslations("visibility");
  const ts = useTranslations("status");
  const [state, formAction] = useActionState(action, initialState);
  const values = state.values;
  const errorsOf = (field: ObservationField | "intent") =>
    state.fieldErrors?.[field]?.map((key) => (tv.has(key) ? tv(key, { value: values[field as ObservationField] ?? "" }) : tv("invalid")));
  const control = (describedBy: string | undefined, invalid: boolean) => ({ "aria-describedby": describedBy, "aria-invalid": invalid || undefined, className: inputClasses });

  return (
    <form action={formAction} className="flex max-w-3xl flex-col gap-6" noValidate>
      {state.outcome === "invalid" && <Notice tone="error">{t("errorSummary")}</Notice>}
      {state.outcome === "conflict" && (
        <Notice tone="error">{t("conflict", { version: state.conflict?.version ?? 0, status: state.conflict?.status ? ts(state.conflict.status) : "" })}</Notice>
      )}
      {state.outcome === "error" && <Notice tone="error">{tc("unexpected", { id: state.errorId ?? "" })}</Notice>}
      {state.outcome === "forbidden" && <Notice tone="error">{tc("notFoundBody")}</Notice>}

      <input type="hidden" name="idempotencyKey" value={values.idempotencyKey ?? ""} />
      {record && <input type="hidden" name="id" value={record.id} />}
      {record && <input type="hidden" name="version" value={record.version} />}

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t("subject")}</legend>
        <Field id="officialId" label={t("official")} errors={errorsOf("officialId")}>
          {(d, i) => (
            <select id="officialId" name="officialId" defaultValue={values.officialId ?? ""} required {...control(d, i)}>
              <option value="">{t("chooseOfficial")}</option>
              {subjects.map((akimat) => (
                <optgroup key={akimat.id} label={akimat.name}>
                  {akimat.officials.map((official) => (
                    <option key={official.id} value={official.id}>
                      {official.fullName} — {official.title}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
        <Field id="platform" label={t("platform")} errors={errorsOf("platform")}>
          {(d, i) => (
            <select id="platform" name="platform" defaultValue={values.platform ?? ""} required {...control(d, i)}>
              <option value="">{t("choosePlatform")}</option>
              {PLATFORM_ORDER.map((platform) => (
                <option key={platform} value={platform}>
                  {tp(platform)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="accountId" label={t("account")} help={t("accountHelp")} errors={errorsOf("accountId")}>
          {(d, i) => (
            <select id="accountId" name="accountId" defaultValue={values.accountId ?? ""} {...control(d, i)}>
              <option value="">{t("noAccount")}</option>
              {subjects.flatMap((akimat) =>
                akimat.officials
                  .filter((official) => official.accounts.length > 0)
                  .map((official) => (
                    <optgroup key={official.id} label={official.fullName}>
                      {official.accounts.map((account) => (
                        <option key={account.id} value={account.id}>
                          {[official.fullName, tp(account.platform), account.label, account.handle].filter(Boolean).join(" · ")}
                        </option>
                      ))}
                    </optgroup>
                  )),
              )}
            </select>
          )}
        </Field>
        <Field id="observedAt" label={t("observedAt")} help={t("observedAtHelp")} errors={errorsOf("observedAt")}>
          {(d, i) => <input id="observedAt" name="observedAt" type="datetime-local" defaultValue={values.observedAt ?? ""} required {...control(d, i)} />}
        </Field>
        <Field id="existence" label={t("existence")} errors={errorsOf("existence")}>
          {(d, i) => (
            <select id="existence" name="existence" defaultValue={values.existence ?? "FOUND"} {...control(d, i)}>
              {EXISTENCE.map((value) => (
                <option key={value} value={value}>
                  {te(value)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="visibility" label={t("visibility")} errors={errorsOf("visibility")}>
          {(d, i) => (
            <select id="visibility" name="visibility" defaultValue={values.visibility ?? ""} {...control(d, i)}>
              <option value="">{t("visibilityUnknown")}</option>
              {VISIBILITY.map((value) => (
                <option key={value} value={value}>
                  {tvis(value)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-4" aria-describedby="counts-help">
        <legend className="mb-1 text-lg font-semibold">{t("counts")}</legend>
        <p id="counts-help" className="text-sm text-zinc-700 sm:col-span-4 dark:text-zinc-300">
          {t("countsHelp")}
        </p>
        {COUNTS.map((field) => (
          <Field key={field} id={field} label={t(field)} errors={errorsOf(field)}>
            {(d, i) => <input id={field} name={field} type="text" inputMode="text" autoComplete="off" defaultValue={values[field] ?? ""} {...control(d, i)} />}
          </Field>
        ))}
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="lastPostAt" label={t("lastPostAt")} errors={errorsOf("lastPostAt")}>
          {(d, i) => <input id="lastPostAt" name="lastPostAt" type="date" defaultValue={values.lastPostAt ?? ""} {...control(d, i)} />}
        </Field>
      </div>
      <Field id="notes" label={t("notes")} help={t("notesHelp")} errors={errorsOf("notes")}>
        {(d, i) => <textarea id="notes" name="notes" rows={5} defaultValue={values.notes ?? ""} {...control(d, i)} />}
      </Field>
      {errorsOf("intent") && <Notice tone="error">{errorsOf("intent")!.join(" ")}</Notice>}
      <SubmitButtons />
    </form>
  );
}
