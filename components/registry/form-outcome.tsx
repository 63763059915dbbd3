"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Notice } from "@/components/ui/notice";
import type { RegistryFormState } from "@/lib/validation/registry-form-state";

/** The notice above a registry form after a save that did not go through. What was typed stays in the form. */
export function FormOutcome({ state, reloadHref }: { state: RegistryFormState; reloadHref?: string }) {
  const t = useTranslations("registry.form");
  const tc = useTranslations("common");
  switch (state.outcome) {
    case "invalid":
      return <Notice tone="error">{t("errorSummary")}</Notice>;
    case "conflict":
      return (
        <Notice tone="error">
          {t("conflict", { version: state.conflict?.version ?? 0 })}{" "}
          {reloadHref && (
            // A plain link, not router.refresh(): the form keeps what was typed until the person chooses to leave it.
            <Link href={reloadHref} className="font-semibold underline">
              {t("reload")}
            </Link>
          )}
        </Notice>
      );
    case "forbidden":
      return <Notice tone="error">{t("forbidden")}</Notice>;
    case "error":
      return <Notice tone="error">{tc("unexpected", { id: state.errorId ?? "" })}</Notice>;
    default:
      return null;
  }
}
