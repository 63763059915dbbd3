"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { ForbiddenError } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { ConflictError, FieldError, NotFoundError } from "@/lib/data/errors";
import { applyReviewDecision, type ReviewDecisionKind } from "@/lib/data/observations/apply-review-decision";
import { approveObservation } from "@/lib/data/observations/approve-observation";
import { logUnexpected } from "@/lib/logger";
import type { ReviewDecisionState } from "@/lib/validation/review-decision-state";

const KINDS: ReviewDecisionKind[] = ["approve", "requestChanges", "reject", "retract"];

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
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  let notice: string;
  try {
    await approveObservation({ viewer, id: String(formData.get("id") ?? ""), expectedVersion: Number(formData.get("version")) });
    notice = "approved";
  } catch (error) {
    if (error instanceof ConflictError || error instanceof NotFoundError) notice = "conflict";
    else if (error instanceof ForbiddenError) notice = "forbidden";
    else notice = `error-${logUnexpected(error, { action: "approveObservation", viewerId: viewer.id })}`;
  }
  if (notice === "approved") refreshPublished();
  revalidatePath("/review");
  redirect(`/review?notice=${notice}`);
}

/** Any decision from the review page (or a retraction from an observation's page), with its comment. */
export async function decideObservationAction(_previous: ReviewDecisionState, formData: FormData): Promise<ReviewDecisionState> {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  const kind = KINDS.find((k) => k === formData.get("decision"));
  const id = String(formData.get("id") ?? "");
  const comment = typeof formData.get("comment") === "string" ? String(formData.get("comment")) : "";
  if (!kind) return { outcome: "invalid", comment, fieldErrors: { comment: ["unknownOption"] } };
  try {
    await applyReviewDecision({ viewer, id, expectedVersion: Number(formData.get("version")), kind, comment });
  } catch (error) {
    if (error instanceof FieldError) return { outcome: "invalid", comment, fieldErrors: error.fieldErrors };
    if (error instanceof ConflictError || error instanceof NotFoundError) return { outcome: "conflict", comment };
    if (error instanceof ForbiddenError) return { outcome: "forbidden", comment };
    return { outcome: "error", comment, errorId: logUnexpected(error, { action: "decideObservation", kind, viewerId: viewer.id }) };
  }
  if (kind === "approve" || kind === "retract") refreshPublished();
  revalidatePath("/review");
  revalidatePath(`/observations/${id}`);
  redirect(kind === "retract" ? `/observations/${id}?saved=retracted` : `/review?notice=${kind === "approve" ? "approved" : kind}`);
}
