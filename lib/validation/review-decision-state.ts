/** What a review decision's action hands back when it does not redirect: the comment is never lost. */
export type ReviewDecisionState = {
  outcome: "idle" | "invalid" | "conflict" | "forbidden" | "error";
  comment?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  errorId?: string;
};
