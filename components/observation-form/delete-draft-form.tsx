"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { deleteDraftAction } from "@/app/(newsroom)/observations/actions";
import { useFieldErrors } from "@/components/ui/field-errors";
import { FormOutcome } from "@/components/ui/form-outcome";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState, type FormState } from "@/lib/validation/form-state";

/**
 * Throwing a draft away: the box must be ticked first, so a stray click deletes nothing (and no script is needed
 * to ask "are you sure?"). What the draft held stays in the audit trail.
 */
export function DeleteDraftForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations("observation.deleteDraft");
  const [state, action] = useActionState<FormState, FormData>(deleteDraftAction, idleState());
  const errorsOf = useFieldErrors<"confirm">(state);
  const errors = errorsOf("confirm");
  return (
    <form action={action} aria-labelledby="delete-draft-title" className="flex flex-col gap-2 rounded-lg border border-red-300 p-4 dark:border-red-800">
      <h2 id="delete-draft-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">{t("help")}</p>
      <FormOutcome state={state} namespace="observation.deleteDraft" reloadHref={`/observations/${id}`} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          name="confirm"
          value="yes"
          required
          aria-invalid={errors ? true : undefined}
          aria-describedby={errors ? "delete-draft-error" : undefined}
        />
        {t("confirm")}
      </label>
      {errors && (
        <p id="delete-draft-error" className="text-sm text-red-700 dark:text-red-400">
          {errors.join(" ")}
        </p>
      )}
      <div>
        <SubmitButton variant="secondary" pendingText={t("deleting")}>
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
