import "server-only";
import { z } from "zod";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { nextStatus, REVIEW_DECISIONS, type ReviewDecisionKind } from "@/lib/domain/review-workflow";
import { ReviewDecisionInput } from "@/lib/validation/review-decision-input";
import { FieldError } from "../errors";
import { loadForWrite } from "../load-for-write";
import { assertVersion, versionedUpdate } from "../versioned-update";
import { resolveCarriedFields } from "./resolve-carried-fields";

/**
 * An editor's decision on one observation: the status moves, the decision and its comment are kept (never
 * public), and the audit trail records it, all in one transaction, on the version the editor looked at. The
 * comment is checked with the form's own schema, whoever calls: a decision that needs one is refused without.
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
  const parsed = ReviewDecisionInput.safeParse({ decision: kind, comment: comment ?? undefined });
  if (!parsed.success) throw new FieldError(z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
  const text = parsed.data.comment;
  const rule = REVIEW_DECISIONS[kind];
  return db.$transaction(async (tx) => {
    const before = await loadForWrite(tx, "observation", id);
    assertCan(viewer, rule.action, before);
    assertVersion(before, expectedVersion);
    const changes = { status: nextStatus(before.status, kind), reviewerId: viewer.id, reviewedAt: new Date() };
    const after = await versionedUpdate(tx, {
      entity: "observation",
      before,
      expectedVersion,
      changes,
      actorId: viewer.id,
      action: rule.action,
      auditExtra: { reviewComment: text },
    });
    await tx.review.create({ data: { observationId: id, observationAuthorId: before.authorId, editorId: viewer.id, decision: rule.decision, comment: text } });
    // What the account's other approved observations carry may rest on this one (decision 0014).
    if (before.status === "APPROVED" || after.status === "APPROVED") await resolveCarriedFields(tx, { accountId: before.accountId, actorId: viewer.id });
    return { id, status: after.status, version: after.version };
  });
}
