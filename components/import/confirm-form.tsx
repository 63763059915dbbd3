"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormOutcome } from "@/components/ui/form-outcome";
import { SubmitButton } from "@/components/registry/submit-button";
import type { ImportConfirmState } from "@/lib/validation/import/import-forms";

/** The last step: write it all, and for observations, whether to publish them at once. */
export function ConfirmForm({
  action,
  importId,
  version,
  canApprove,
}: {
  action: (state: ImportConfirmState, formData: FormData) => Promise<ImportConfirmState>;
  importId: string;
  version: number;
  canApprove: boolean;
}) {
  const t = useTranslations("import.report");
  const [state, formAction] = useActionState(action, { outcome: "idle", values: {} });
  return (
    <form action={formAction} className="flex flex-col gap-4" key={JSON.stringify(state)}>
      <FormOutcome state={{ ...state, conflict: state.outcome === "conflict" ? { version } : undefined }} namespace="import.form" reloadHref={`/import/${encodeURIComponent(importId)}/report`} />
      <input type="hidden" name="id" value={importId} />
      <input type="hidden" name="version" value={version} />
      {canApprove && (
        <div className="flex items-start gap-2">
          <input type="checkbox" id="markApproved" name="markApproved" defaultChecked={state.values.markApproved} aria-describedby="markApproved-help" className="mt-1" />
          <div>
            <label htmlFor="markApproved" className="text-sm font-semibold">
              {t("markApproved")}
            </label>
            <p id="markApproved-help" className="text-xs text-zinc-600 dark:text-zinc-400">
              {t("markApprovedHelp")}
            </p>
          </div>
        </div>
      )}
      <SubmitButton>{t("confirm")}</SubmitButton>
    </form>
  );
}
