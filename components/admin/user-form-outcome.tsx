"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Notice } from "@/components/ui/notice";
import type { UserFormState } from "@/lib/validation/user-form-state";

/** The notice above an admin's user form after a change that did not go through. What was typed stays in the form. */
export function UserFormOutcome({ state, reloadHref }: { state: UserFormState; reloadHref?: string }) {
  const t = useTranslations("admin.outcome");
  const tc = useTranslations("common");
  switch (state.outcome) {
    case "invalid":
      return <Notice tone="error">{t("errorSummary")}</Notice>;
    case "conflict":
      return (
        <Notice tone="error">
          {t("conflict", { version: state.conflict?.version ?? 0 })}{" "}
          {reloadHref && (
            // A plain link, not router.refresh(): the form keeps what was typed until the admin chooses to leave it.
            <Link href={reloadHref} className="font-semibold underline">
              {t("reload")}
            </Link>
          )}
        </Notice>
      );
    case "refused":
      return <Notice tone="error">{state.refusal === "userDisabled" ? t("userDisabled") : t("lastAdmin")}</Notice>;
    case "forbidden":
      return <Notice tone="error">{t("forbidden")}</Notice>;
    case "error":
      return <Notice tone="error">{tc("unexpected", { id: state.errorId ?? "" })}</Notice>;
    default:
      return null;
  }
}
