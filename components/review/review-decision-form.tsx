"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { decideObservationAction } from "@/app/(newsroom)/review/actions";
import { controlProps, Field } from "@/components/ui/field";
import { useFieldErrors } from "@/components/ui/field-errors";
import { FormOutcome } from "@/components/ui/form-outcome";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { REVIEW_DECISIONS, type ReviewDecisionKind } from "@/lib/domain/review-workflow";

const LABELS: Record<ReviewDecisionKind, { button: string; field?: string; help?: string; variant: "primary" | "secondary" }> = {
  approve: { button: "approve", variant: "primary" },
  requestChanges: { button: "requestChanges", field: "comment", help: "commentHelp", variant: "secondary" },
  reject: { button: "reject", field: "reason", variant: "secondary" },
  retract: { button: "retract", field: "retractReason", help: "retractHelp", variant: "secondary" },
};

/**
 * One decision on one observation; a plain form (works without JavaScript) that keeps the comment on failure.
 * `queue` is the review queue's view the editor came from (its query string), where the decision returns.
 */
export function ReviewDecisionForm({ kind, id, version, queue }: { kind: ReviewDecisionKind; id: string; version: number; queue?: string }) {
  const t = useTranslations("review");
  const tv = useTranslations("validation");
  const [state, formAction] = useActionState(decideObservationAction, { outcome: "idle", values: {} });
  const errorsOf = useFieldErrors<"comment">(state);
  const label = LABELS[kind];
  const fieldId = `${kind}-comment`;
  return (
    <form action={formAction} className="flex flex-col gap-2" noValidate>
      <input type="hidden" name="decision" value={kind} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {queue !== undefined && <input type="hidden" name="queue" value={queue} />}
      <FormOutcome state={state} namespace="review" forbidden={t("ownEntry")} />
      {state.fieldErrors?.decision && <Notice tone="error">{tv("unknownOption")}</Notice>}
      {label.field && (
        <Field id={fieldId} label={t(label.field)} help={label.help ? t(label.help) : undefined} errors={errorsOf("comment")}>
          {(d, i) => (
            <textarea
              id={fieldId}
              name="comment"
              rows={3}
              required={REVIEW_DECISIONS[kind].needsComment}
              defaultValue={state.values.comment ?? ""}
              {...controlProps(d, i)}
            />
          )}
        </Field>
      )}
      <SubmitButton variant={label.variant} className="self-start">
        {t(label.button)}
      </SubmitButton>
    </form>
  );
}
