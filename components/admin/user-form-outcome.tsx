"use client";

import { useTranslations } from "next-intl";
import { FormOutcome } from "@/components/ui/form-outcome";
import type { FormState } from "@/lib/validation/form-state";

/** The shared form notice, with the refusals only user administration has. */
export function UserFormOutcome({ state, reloadHref }: { state: FormState; reloadHref?: string }) {
  const t = useTranslations("admin.outcome");
  return (
    <FormOutcome state={state} namespace="admin.outcome" reloadHref={reloadHref} refusal={state.refusal === "userDisabled" ? t("userDisabled") : t("lastAdmin")} />
  );
}
