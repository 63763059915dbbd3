import "server-only";
import type { Viewer } from "@/lib/auth/permissions";
import { applyReviewDecision } from "./apply-review-decision";

/** An editor publishes a submitted observation they did not write. */
export function approveObservation({ viewer, id, expectedVersion }: { viewer: Viewer; id: string; expectedVersion: number }) {
  return applyReviewDecision({ viewer, id, expectedVersion, kind: "approve" });
}
