import "server-only";
import type { Viewer } from "@/lib/auth/permissions";
import { applyReviewDecision } from "./apply-review-decision";

/**
 * Takes a published observation back: it leaves everything public at once and stays, marked, in the newsroom.
 * The correction, if any, is a new observation.
 */
export function retractObservation({ viewer, id, expectedVersion, reason }: { viewer: Viewer; id: string; expectedVersion: number; reason: string }) {
  return applyReviewDecision({ viewer, id, expectedVersion, kind: "retract", comment: reason });
}
