"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useFieldErrors } from "@/components/ui/field-errors";
import { FormOutcome } from "@/components/ui/form-outcome";
import { FormActions, SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/validation/form-state";

/** Closes an open wave or reopens a closed one, on the version the editor sees. */
export function WaveStateForm({
  action,
  record,
  closed,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  record: { id: string; version: number };
  closed: boolean;
}) {
  const t = useTranslations("waves.state");
  const [state, formAction] = useActionState(action, { outcome: "idle", values: {} });
  const errors = useFieldErrors(state, { also: "waves.validation" })("change");
  return (
    <form action={formAction} className="flex flex-col gap-2" noValidate>
      <FormOutcome state={state} namespace="waves.outcome" reloadHref={`/waves/${record.id}`} />
      <input type="hidden" name="id" value={record.id} />
      <input type="hidden" name="version" value={record.version} />
      <input type="hidden" name="change" value={closed ? "reopen" : "close"} />
      <p className="text-sm text-zinc-700 dark:text-zinc-300">{closed ? t("reopenHelp") : t("closeHelp")}</p>
      {errors && <p className="text-sm font-medium text-red-700 dark:text-red-400">{errors.join(" ")}</p>}
      <FormActions>
        <SubmitButton variant="secondary">{closed ? t("reopen") : t("close")}</SubmitButton>
      </FormActions>
    </form>
  );
}
