import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import type { ReviewDecision } from "@/lib/generated/prisma/enums";
import { nextStatus, type ReviewTransition } from "@/lib/domain/review-workflow";
import { FieldError } from "../errors";
import { loadForWrite } from "../load-for-write";
import { assertVersion, versionedUpdate } from "../versioned-update";
import { WITHOUT_NULL_CHARACTER } from "@/lib/validation/null-character";

const DECISIONS = {
  approve: { permission: "observation.approve", decision: "APPROVED", action: "observation.approve", needsComment: false },
  requestChanges: { permission: "observation.requestChanges", decision: "CHANGES_REQUESTED", action: "observation.requestChanges", needsComment: true },
  reject: { permission: "observation.reject", decision: "REJECTED", action: "observation.reject", needsComment: true },
  retract: { permission: "observation.retract", decision: "RETRACTED", action: "observation.retract", needsComment: true },
} as const satisfies Record<Exclude<ReviewTransition, "submit">, { permission: string; decision: ReviewDecision; action: string; needsComment: boolean }>;

export type ReviewDecisionKind = keyof typeof DECISIONS;
export const MAX_REVIEW_COMMENT = 5000;

/**
 * An editor's decision on one observation: the status moves, the decision and its comment are kept (never
 * public), and the audit trail records it, all in one transaction, on the version the editor looked at.
 */
export async function applyReviewDecision({
  viewer,
  id,
  expectedVersion,
  kind,
  comment,
}: {
  viewer: Viewer;
  id: string;
  expectedVersion: number;
  kind: ReviewDecisionKind;
  comment?: string | null;
}) {
  const rule = DECISIONS[kind];
  const text = comment?.trim() || null;
  if (rule.needsComment && !text) throw new FieldError({ comment: ["commentRequired"] });
  if (text && text.length > MAX_REVIEW_COMMENT) throw new FieldError({ comment: ["tooLong"] });
  // PostgreSQL cannot store a null byte: refuse it with a message rather than fail the write.
  if (text && !WITHOUT_NULL_CHARACTER.test(text)) throw new FieldError({ comment: ["nullCharacter"] });
  return db.$transaction(async (tx) => {
    const before = await loadForWrite(tx, "observation", id);
    assertCan(viewer, rule.permission, before);
    assertVersion(before, expectedVersion);
    const changes = { status: nextStatus(before.status, kind), reviewerId: viewer.id, reviewedAt: new Date() };
    const after = await versionedUpdate(tx, { entity: "observation", before, expectedVersion, changes, actorId: viewer.id, action: rule.action, auditExtra: { reviewComment: text } });
    await tx.review.create({ data: { observationId: id, editorId: viewer.id, decision: rule.decision, comment: text } });
    return { id, status: after.status, version: after.version };
  });
}
