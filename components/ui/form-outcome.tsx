"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import { Notice } from "@/components/ui/notice";
import type { FormState } from "@/lib/validation/form-state";

type OutcomeState = Pick<FormState, "outcome" | "conflict" | "refusal" | "errorId">;

/**
 * The notice above a form after a save that did not go through. What was typed stays in the form. The feature's
 * namespace says what each outcome means: errorSummary, conflict (with {version} and {status}) and reload (the
 * link to `reloadHref`), forbidden, and each refusal by its name (lastAdmin, rateLimited…). An outcome it has no
 * message for shows nothing (sign-in has no summary: its two fields say it), except forbidden, which falls back
 * to the common "nothing here, or you may not see it" (`forbidden` says it otherwise); an unexpected error always
 * gets the common message with its id.
 */
export function FormOutcome({
  state,
  namespace,
  reloadHref,
  forbidden,
}: {
  state: OutcomeState;
  namespace: string;
  reloadHref?: string;
  forbidden?: ReactNode;
}) {
  const t = useTranslations(namespace);
  const tc = useTranslations("common");
  const ts = useTranslations("status");
  const say = (key: string) => (t.has(key) ? <Notice tone="error">{t(key)}</Notice> : null);
  switch (state.outcome) {
    case "invalid":
      return say("errorSummary");
    case "conflict": {
      const status = state.conflict?.status;
      if (!t.has("conflict")) return null;
      return (
        <Notice tone="error">
          {t("conflict", { version: state.conflict?.version ?? 0, status: status && ts.has(status) ? ts(status) : "" })}
          {reloadHref && (
            <>
              {" "}
              {/* A plain link, not router.refresh(): the form keeps what was typed until the person chooses to leave it. */}
              <Link href={reloadHref} className="font-semibold underline">
                {t("reload")}
              </Link>
            </>
          )}
        </Notice>
      );
    }
    case "refused":
      return state.refusal ? say(state.refusal) : null;
    case "forbidden":
      return <Notice tone="error">{forbidden ?? (t.has("forbidden") ? t("forbidden") : tc("notFoundBody"))}</Notice>;
    case "error":
      return <Notice tone="error">{tc("unexpected", { id: state.errorId ?? "" })}</Notice>;
    default:
      return null;
  }
}
