/**
 * A wave's checklist (issue 16, part 2; docs/decisions/0017-survey-waves.md): one cell per official in post in
 * the wave's scope, platform and known account there (one cell when there is none), and where its latest
 * observation in the wave stands. Shared by the data layer and the page.
 */
export const CHECKLIST_STATES = ["NOT_STARTED", "DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "APPROVED"] as const;
export type ChecklistState = (typeof CHECKLIST_STATES)[number];

/** Officials per page of the checklist: at 5 000 officials it pages rather than draw 20 000 cells. */
export const CHECKLIST_PAGE_SIZE = 50;

/** Where a cell stands, from its latest observation's review status; rejected and retracted ones do not count. */
export function checklistStateOf(status: string | null | undefined): ChecklistState {
  switch (status) {
    case "DRAFT":
    case "SUBMITTED":
    case "CHANGES_REQUESTED":
    case "APPROVED":
      return status;
    default:
      return "NOT_STARTED";
  }
}

/** A cell still to be done: overdue once the due day has passed. */
export const isUnfinished = (state: ChecklistState) => state === "NOT_STARTED" || state === "DRAFT" || state === "CHANGES_REQUESTED";

export type ChecklistCounts = { total: number } & Record<ChecklistState, number>;

export const emptyCounts = (): ChecklistCounts => ({ total: 0, NOT_STARTED: 0, DRAFT: 0, SUBMITTED: 0, CHANGES_REQUESTED: 0, APPROVED: 0 });

export type ChecklistCell = {
  platform: string;
  accountId: string | null;
  accountName: string | null;
  state: ChecklistState;
  /** The latest observation's result was "searched, not found". */
  notFound: boolean;
  observationId: string | null;
  overdue: boolean;
};
