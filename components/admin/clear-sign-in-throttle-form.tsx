"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { FieldValues, FormState } from "@/lib/validation/form-state";
import { UserFormOutcome } from "./user-form-outcome";

type State = FormState<FieldValues<never>>;

/** One button: clears the failed sign-ins counted against the user's account. */
export function ClearSignInThrottleForm({ action, userId }: { action: (state: State, formData: FormData) => Promise<State>; userId: string }) {
  const t = useTranslations("admin.user");
  const [state, formAction, pending] = useActionState(action, { outcome: "idle", values: {} });
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <UserFormOutcome state={state} reloadHref={`/admin/users/${userId}`} />
      <input type="hidden" name="id" value={userId} />
      <Button type="submit" variant="secondary" disabled={pending} className="self-start">
        {t("signInClear")}
      </Button>
    </form>
  );
}
