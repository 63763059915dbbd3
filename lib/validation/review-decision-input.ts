import { z } from "zod";
import { REVIEW_DECISION_KINDS, REVIEW_DECISIONS } from "@/lib/domain/review-workflow";
import { optionalText } from "./registry-fields";

export const MAX_REVIEW_COMMENT = 5000;

export const REVIEW_DECISION_FIELDS = ["decision", "comment"] as const;
export type ReviewDecisionField = (typeof REVIEW_DECISION_FIELDS)[number];

/**
 * An editor's decision and its comment (never public), read by the review form's action and again by the data
 * layer, which refuses a decision that needs a comment without one whoever calls it. The comment is trimmed;
 * blank is none.
 */
export const ReviewDecisionInput = z
  .object({
    decision: z.enum(REVIEW_DECISION_KINDS, { error: "unknownOption" }),
    comment: optionalText(MAX_REVIEW_COMMENT),
  })
  .superRefine(({ decision, comment }, ctx) => {
    if (REVIEW_DECISIONS[decision].needsComment && !comment) ctx.addIssue({ code: "custom", path: ["comment"], message: "commentRequired" });
  });
export type ReviewDecisionInput = z.infer<typeof ReviewDecisionInput>;
