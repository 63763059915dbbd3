import "server-only";
import type { Viewer } from "@/lib/auth/permissions";
import { applyReviewDecision } from "./apply-review-decision";

/** Back to the reporter, with a comment they see beside the form. */
export function requestChanges({ viewer, id, expectedVersion, comment }: { viewer: Viewer; id: string; expectedVersion: number; comment: string }) {
  return applyReviewDecision({ viewer, id, expectedVersion, kind: "requestChanges", comment });
}
