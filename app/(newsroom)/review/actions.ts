"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { formFailure } from "@/lib/data/form-failure";
import { applyReviewDecision } from "@/lib/data/observations/apply-review-decision";
import { findNextInReviewQueue } from "@/lib/data/observations/find-next-in-review-queue";
import { recordOf } from "@/lib/validation/form-data";
import type { FieldValues, FormState } from "@/lib/validation/form-state";
import { parseForm } from "@/lib/validation/parse-form";
import { isRecordId } from "@/lib/validation/record-id";
import { REVIEW_DECISION_FIELDS, ReviewDecisionInput, type ReviewDecisionField } from "@/lib/validation/review-decision-input";
import { parseReviewQueueQuery, queueFilter, reviewQueueQuery } from "@/lib/validation/review-queue-filter";

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
 * "Approve and open next", from an entry's page under its diff: a plain form post (works without JavaScript).
 * Approved, it opens the next entry of the queue under the same filters (the hidden `queue` field), or the
 * queue itself when none is left past this one. Refused (a conflict, the editor's own entry), it goes back to
 * the entry, which says why and shows it as it is now: nothing is overwritten. Whether this editor may approve
 * this record is decided in the data layer.
 */
export async function approveAndOpenNextAction(formData: FormData): Promise<void> {
  const viewer = await requireViewer();
  const { id, expectedVersion } = recordOf(formData);
  const view = parseReviewQueueQuery(formData.get("queue"));
  let failure: string | null = null;
  try {
    await applyReviewDecision({ viewer, id, expectedVersion, kind: "approve" });
  } catch (error) {
    const outcome = formFailure(error, {}, { action: "approveAndOpenNext", viewerId: viewer.id }, NOT_FOUND_IS);
    failure = outcome.outcome === "error" ? `error-${outcome.errorId}` : outcome.outcome;
  }
  if (failure) {
    redirect(`${isRecordId(id) ? `/review/${id}` : "/review"}${reviewQueueQuery(view, { notice: failure })}`);
  }
  refreshPublished();
  revalidatePath("/review");
  revalidatePath(`/observations/${id}`);
  const next = await findNextInReviewQueue({ viewer, afterId: id, filter: queueFilter(view) });
  redirect(next ? `/review/${next}${reviewQueueQuery(view, { notice: "approved" })}` : `/review${reviewQueueQuery(view, { notice: "approvedLast" })}`);
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
  // Back to the queue the editor came from, on the page they left.
  const queue = parseReviewQueueQuery(formData.get("queue"));
  redirect(
    kind === "retract" ? `/observations/${id}?saved=retracted` : `/review${reviewQueueQuery(queue, { notice: kind === "approve" ? "approved" : kind })}`,
  );
}
