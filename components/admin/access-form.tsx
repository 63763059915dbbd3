"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormOutcome } from "@/components/ui/form-outcome";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FieldValues, FormState } from "@/lib/validation/form-state";

type State = FormState<FieldValues<never>>;

/** Disables or re-enables a user: one button, for the version the admin opened. */
export function AccessForm({
  action,
  user,
}: {
  action: (state: State, formData: FormData) => Promise<State>;
  user: { id: string; version: number; disabled: boolean };
}) {
  const t = useTranslations("admin.user");
  const [state, formAction] = useActionState(action, { outcome: "idle", values: {} });
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormOutcome state={state} namespace="admin.outcome" reloadHref={`/admin/users/${user.id}`} />
      <p className="text-sm text-zinc-700 dark:text-zinc-300">{user.disabled ? t("enableHelp") : t("disableHelp")}</p>
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
      <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
      <SubmitButton variant={user.disabled ? "primary" : "secondary"} className="self-start">
        {user.disabled ? t("enable") : t("disable")}
      </SubmitButton>
    </form>
  );
}
