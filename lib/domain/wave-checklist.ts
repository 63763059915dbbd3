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

/** The latest observation in a wave of a cell, as the data layer reads it. */
export type LatestInWave = { id: string; status: string; existence: string; observedAt: Date };

/** A cell's key: an official, a platform and an account ("" for none: a search that found nothing). */
export const checklistCellKey = (officialId: string, platform: string, accountId: string | null) => `${officialId}|${platform}|${accountId ?? ""}`;

const laterOf = (a: LatestInWave | undefined, b: LatestInWave | undefined) => (!a ? b : !b ? a : b.observedAt > a.observedAt ? b : a);

/**
 * An official's cells in a wave: a platform with known accounts has one per account, else one for the platform;
 * a "searched, not found" recorded without an account counts for every cell of its platform when it is the later.
 */
export function officialCells({
  officialId,
  platforms,
  accountsOn,
  latest,
  overdueNow,
}: {
  officialId: string;
  platforms: readonly string[];
  accountsOn: (platform: string) => readonly { id: string; handle: string | null; label: string | null }[];
  latest: (key: string) => LatestInWave | undefined;
  overdueNow: boolean;
}): ChecklistCell[] {
  return platforms.flatMap((platform) => {
    const known = accountsOn(platform);
    const searched = latest(checklistCellKey(officialId, platform, null));
    const slots =
      known.length > 0
        ? known.map((account) => ({ account, own: latest(checklistCellKey(officialId, platform, account.id)) }))
        : [{ account: null, own: undefined }];
    return slots.map(({ account, own }) => {
      const last = laterOf(own, searched);
      const state = checklistStateOf(last?.status);
      return {
        platform,
        accountId: account?.id ?? null,
        accountName: account ? (account.label ?? (account.handle ? `@${account.handle}` : null)) : null,
        state,
        notFound: last?.existence === "NOT_FOUND",
        observationId: last?.id ?? null,
        overdue: overdueNow && isUnfinished(state),
      };
    });
  });
}

/** Akimats nest three deep at most (region, city, district); the walk up stops there whatever the data says. */
const MAX_AKIMAT_DEPTH = 4;

/**
 * Who covers an official in a wave: the most specific assignment, as a newsroom shares out a survey. The reporter
 * given them by name; else the one given the akimat of their line in the checklist; else, when the wave includes
 * what lies below its akimats, the one given the nearest akimat above that (a region given to one reporter brings
 * its city and districts, but a district given to another stays theirs); else nobody, open to anyone. Of two
 * reporters given the same part, the one given it first (`assignments` in the order they were given). A wave
 * without its districts covers only the akimats it chose, so an akimat given there covers its own line alone.
 */
export function coveringReporter<R>({
  assignments,
  includeDistricts,
  parentOf,
}: {
  assignments: readonly { akimatId: string | null; officialId: string | null; reporter: R }[];
  includeDistricts: boolean;
  /** The akimat an akimat sits under; only asked when the wave includes districts. */
  parentOf: (akimatId: string) => string | null | undefined;
}): (official: { id: string; akimatId: string }) => R | null {
  const byOfficial = new Map<string, R>();
  const byAkimat = new Map<string, R>();
  for (const { akimatId, officialId, reporter } of assignments) {
    if (officialId && !byOfficial.has(officialId)) byOfficial.set(officialId, reporter);
    if (akimatId && !byAkimat.has(akimatId)) byAkimat.set(akimatId, reporter);
  }
  return (official) => {
    if (byOfficial.has(official.id)) return byOfficial.get(official.id)!;
    let akimatId: string | null | undefined = official.akimatId;
    for (let depth = 0; akimatId && depth < MAX_AKIMAT_DEPTH; depth += 1) {
      if (byAkimat.has(akimatId)) return byAkimat.get(akimatId)!;
      if (!includeDistricts) break;
      akimatId = parentOf(akimatId);
    }
    return null;
  };
}

/**
 * A reporter's own list puts what is still to do first (never touched, then sent back by an editor, then their own
 * drafts), then what waits for review, then what is approved.
 */
export const WORK_ORDER: Record<ChecklistState, number> = { NOT_STARTED: 0, CHANGES_REQUESTED: 1, DRAFT: 2, SUBMITTED: 3, APPROVED: 4 };

/** Cells per page of a reporter's own list (their home page): a region of 300 officials pages rather than draws 900 cells. */
export const MY_CHECKLIST_PAGE_SIZE = 50;
