"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Notice } from "@/components/ui/notice";
import type { FormState } from "@/lib/validation/form-state";

type OutcomeState = Pick<FormState, "outcome" | "conflict" | "errorId">;

/**
 * The notice above a form after a save that did not go through. What was typed stays in the form. The messages
 * come from the feature's own namespace (errorSummary, conflict, reload, forbidden); a feature with refusals of
 * its own (the last admin…) passes that message in.
 */
export function FormOutcome({ state, namespace, reloadHref, refusal }: { state: OutcomeState; namespace: string; reloadHref?: string; refusal?: string }) {
  const t = useTranslations(namespace);
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
    case "refused":
      return refusal ? <Notice tone="error">{refusal}</Notice> : null;
    case "forbidden":
      return <Notice tone="error">{t("forbidden")}</Notice>;
    case "error":
      return <Notice tone="error">{tc("unexpected", { id: state.errorId ?? "" })}</Notice>;
    default:
      return null;
  }
}
