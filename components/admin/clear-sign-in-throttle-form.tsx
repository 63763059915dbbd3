"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormOutcome } from "@/components/ui/form-outcome";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FieldValues, FormState } from "@/lib/validation/form-state";

type State = FormState<FieldValues<never>>;

/** One button: clears the failed sign-ins counted against the user's account. */
export function ClearSignInThrottleForm({ action, userId }: { action: (state: State, formData: FormData) => Promise<State>; userId: string }) {
  const t = useTranslations("admin.user");
  const [state, formAction] = useActionState(action, { outcome: "idle", values: {} });
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormOutcome state={state} namespace="admin.outcome" reloadHref={`/admin/users/${userId}`} />
      <input type="hidden" name="id" value={userId} />
      <SubmitButton variant="secondary" className="self-start">
        {t("signInClear")}
      </SubmitButton>
    </form>
  );
}
