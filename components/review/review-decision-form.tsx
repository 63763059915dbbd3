"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, inputClasses } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { decideObservationAction } from "@/app/(newsroom)/review/actions";
import { REVIEW_DECISIONS, type ReviewDecisionKind } from "@/lib/domain/review-workflow";

const LABELS: Record<ReviewDecisionKind, { button: string; field?: string; help?: string; variant: "primary" | "secondary" }> = {
  approve: { button: "approve", variant: "primary" },
  requestChanges: { button: "requestChanges", field: "comment", help: "commentHelp", variant: "secondary" },
  reject: { button: "reject", field: "reason", variant: "secondary" },
  retract: { button: "retract", field: "retractReason", help: "retractHelp", variant: "secondary" },
};

/** One decision on one observation; a plain form (works without JavaScript) that keeps the comment on failure. */
export function ReviewDecisionForm({ kind, id, version }: { kind: ReviewDecisionKind; id: string; version: number }) {
  const t = useTranslations("review");
  const tv = useTranslations("validation");
  const tc = useTranslations("common");
  const [state, formAction, pending] = useActionState(decideObservationAction, { outcome: "idle", values: {} });
  const label = LABELS[kind];
  const fieldId = `${kind}-comment`;
  return (
    <form action={formAction} className="flex flex-col gap-2" noValidate>
      <input type="hidden" name="decision" value={kind} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {state.outcome === "conflict" && <Notice tone="error">{t("conflict")}</Notice>}
      {state.outcome === "forbidden" && <Notice tone="error">{t("ownEntry")}</Notice>}
      {state.outcome === "error" && <Notice tone="error">{tc("unexpected", { id: state.errorId ?? "" })}</Notice>}
      {state.fieldErrors?.decision && <Notice tone="error">{tv("unknownOption")}</Notice>}
      {label.field && (
        <Field id={fieldId} label={t(label.field)} help={label.help ? t(label.help) : undefined} errors={state.fieldErrors?.comment?.map((key) => tv(key))}>
          {(d, i) => <textarea id={fieldId} name="comment" rows={3} required={REVIEW_DECISIONS[kind].needsComment} defaultValue={state.values.comment ?? ""} aria-describedby={d} aria-invalid={i || undefined} className={inputClasses} />}
        </Field>
      )}
      <Button type="submit" variant={label.variant} disabled={pending} className="self-start">
        {t(label.button)}
      </Button>
    </form>
  );
}
