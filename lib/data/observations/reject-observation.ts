import "server-only";
import type { Viewer } from "@/lib/auth/permissions";
import { applyReviewDecision } from "./apply-review-decision";

/** Refused for good, with the reason. */
export function rejectObservation({ viewer, id, expectedVersion, reason }: { viewer: Viewer; id: string; expectedVersion: number; reason: string }) {
  return applyReviewDecision({ viewer, id, expectedVersion, kind: "reject", comment: reason });
}
