"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormOutcome } from "@/components/ui/form-outcome";
import { FormActions, SubmitButton } from "@/components/ui/submit-button";
import type { FieldValues, FormState } from "@/lib/validation/form-state";

type State = FormState<FieldValues<never>>;

/**
 * The last step: write it all. Observations always go to review, with the editor who confirms as their author,
 * and so to another editor: there is no "publish at once", which would have let one editor publish their own
 * figures. The form says so before the button, not after.
 */
export function ConfirmForm({
  action,
  importId,
  version,
  observations,
}: {
  action: (state: State, formData: FormData) => Promise<State>;
  importId: string;
  version: number;
  observations: boolean;
}) {
  const t = useTranslations("import.report");
  const [state, formAction] = useActionState(action, { outcome: "idle", values: {} });
  return (
    <form action={formAction} className="flex flex-col gap-4" key={JSON.stringify(state)}>
      <FormOutcome
        state={{ ...state, conflict: state.outcome === "conflict" ? { version } : undefined }}
        namespace="import.form"
        reloadHref={`/import/${encodeURIComponent(importId)}/report`}
      />
      <input type="hidden" name="id" value={importId} />
      <input type="hidden" name="version" value={version} />
      {observations && <p className="max-w-3xl text-sm text-zinc-700 dark:text-zinc-300">{t("toReview")}</p>}
      <FormActions>
        <SubmitButton>{t("confirm")}</SubmitButton>
      </FormActions>
    </form>
  );
}
