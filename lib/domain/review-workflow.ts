import type { ReviewDecision, ReviewStatus } from "@/lib/generated/prisma/enums";

/**
 * The life of an observation. Approved observations are never edited in place: a correction is a new
 * observation, and a wrong approved one is retracted.
 */
export type ReviewTransition = "submit" | "approve" | "requestChanges" | "reject" | "retract";

const TRANSITIONS: Record<ReviewTransition, { from: readonly ReviewStatus[]; to: ReviewStatus }> = {
  submit: { from: ["DRAFT", "CHANGES_REQUESTED"], to: "SUBMITTED" },
  approve: { from: ["SUBMITTED"], to: "APPROVED" },
  requestChanges: { from: ["SUBMITTED"], to: "CHANGES_REQUESTED" },
  reject: { from: ["SUBMITTED"], to: "REJECTED" },
  retract: { from: ["APPROVED"], to: "RETRACTED" },
};

/**
 * An editor's decisions on an observation, written once: the review form, the review page's choice of forms,
 * the action and the data layer all read this. `action` is both the permission asked (lib/auth/permissions.ts)
 * and the audit entry's action; `decision` what the review record keeps.
 */
export const REVIEW_DECISIONS = {
  approve: { decision: "APPROVED", action: "observation.approve", needsComment: false },
  requestChanges: { decision: "CHANGES_REQUESTED", action: "observation.requestChanges", needsComment: true },
  reject: { decision: "REJECTED", action: "observation.reject", needsComment: true },
  retract: { decision: "RETRACTED", action: "observation.retract", needsComment: true },
} as const satisfies Record<Exclude<ReviewTransition, "submit">, { decision: ReviewDecision; action: `observation.${string}`; needsComment: boolean }>;

export type ReviewDecisionKind = keyof typeof REVIEW_DECISIONS;
/** In the order the review page offers them. */
export const REVIEW_DECISION_KINDS = Object.keys(REVIEW_DECISIONS) as [ReviewDecisionKind, ...ReviewDecisionKind[]];

/** Statuses in which the author may still change what they wrote. */
export const AUTHOR_EDITABLE_STATUSES: readonly ReviewStatus[] = ["DRAFT", "CHANGES_REQUESTED"];

/** The one status the public may ever see. Retracted observations leave it. */
export const PUBLISHED_STATUS: ReviewStatus = "APPROVED";

export function isAuthorEditable(status: ReviewStatus): boolean {
  return AUTHOR_EDITABLE_STATUSES.includes(status);
}

export function canTransition(status: ReviewStatus, transition: ReviewTransition): boolean {
  return TRANSITIONS[transition].from.includes(status);
}

export function nextStatus(status: ReviewStatus, transition: ReviewTransition): ReviewStatus {
  if (!canTransition(status, transition)) {
    throw new Error(`Cannot ${transition} an observation that is ${status}`);
  }
  return TRANSITIONS[transition].to;
}
