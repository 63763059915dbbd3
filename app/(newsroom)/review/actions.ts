"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { formFailure } from "@/lib/data/form-failure";
import { applyReviewDecision } from "@/lib/data/observations/apply-review-decision";
import { recordOf } from "@/lib/validation/form-data";
import type { FieldValues, FormState } from "@/lib/validation/form-state";
import { parseForm } from "@/lib/validation/parse-form";
import { REVIEW_DECISION_FIELDS, ReviewDecisionInput, type ReviewDecisionField } from "@/lib/validation/review-decision-input";

/**
 * An id that names no observation (only a hand-made request sends one) is told as a conflict, "look at it again",
 * not as a refusal: the review's refusal says the editor wrote the observation.
 */
const NOT_FOUND_IS = { notFound: "conflict" } as const;

/**
 * The dashboard reads approved observations: refresh it when one is approved or retracted. The embeds need no
 * revalidation: lib/http/published-render-cache.ts keys them by the newest audit entry, so this shows there within
 * a second.
 */
function refreshPublished() {
  revalidatePath("/dashboard");
}

/**
 * Quick approval from the queue: a plain form post (works without JavaScript); the outcome comes back as a
 * notice on the queue. Whether this editor may approve this record is decided in the data layer.
 */
export async function approveObservationAction(formData: FormData): Promise<void> {
  const viewer = await requireViewer();
  let notice: string;
  try {
    await applyReviewDecision({ viewer, ...recordOf(formData), kind: "approve" });
    notice = "approved";
  } catch (error) {
    const failure = formFailure(error, {}, { action: "approveObservation", viewerId: viewer.id }, NOT_FOUND_IS);
    notice = failure.outcome === "error" ? `error-${failure.errorId}` : failure.outcome;
  }
  if (notice === "approved") refreshPublished();
  revalidatePath("/review");
  redirect(`/review?notice=${notice}`);
}

/** Any decision from the review page (or a retraction from an observation's page), with its comment. */
export async function decideObservationAction(
  _previous: FormState<FieldValues<ReviewDecisionField>>,
  formData: FormData,
): Promise<FormState<FieldValues<ReviewDecisionField>>> {
  const viewer = await requireViewer();
  const parsed = parseForm(ReviewDecisionInput, formData, REVIEW_DECISION_FIELDS);
  if (!parsed.ok) return parsed.failure;
  const { decision: kind, comment } = parsed.data;
  const { id, expectedVersion } = recordOf(formData);
  try {
    await applyReviewDecision({ viewer, id, expectedVersion, kind, comment });
  } catch (error) {
    return formFailure(error, parsed.values, { action: "decideObservation", kind, viewerId: viewer.id }, NOT_FOUND_IS);
  }
  if (kind === "approve" || kind === "retract") refreshPublished();
  revalidatePath("/review");
  revalidatePath(`/observations/${id}`);
  redirect(kind === "retract" ? `/observations/${id}?saved=retracted` : `/review?notice=${kind === "approve" ? "approved" : kind}`);
}
