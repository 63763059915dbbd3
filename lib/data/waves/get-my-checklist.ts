import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { newsroomDay } from "@/lib/domain/time";
import {
  checklistCellKey,
  emptyCounts,
  MY_CHECKLIST_PAGE_SIZE,
  officialCells,
  WORK_ORDER,
  type ChecklistCell,
  type ChecklistCounts,
  type LatestInWave,
} from "@/lib/domain/wave-checklist";
import { latestAcrossWaveSql, latestForPage } from "./wave-checklist";
import { ASSIGNMENT_ORDER, readCoveringReporter } from "./wave-coverage";
import { inPostOn, officialsInScope, scopeAkimatIds } from "./wave-scope";

/**
 * What the reporter's home page lists: "mine" when an open wave gives them akimats or officials; "open" (the work
 * nobody is given, which anyone may take) when none does; "noOpenWave" when every wave is closed.
 */
export type MyChecklistKind = "mine" | "open" | "noOpenWave";

type OpenWave = Awaited<ReturnType<typeof openWaves>>[number];

/**
 * A reporter's open checklist (issue 16, part 2: "a reporter's home page is their open checklist"): the cells of
 * every open wave that the checklist gives them (the same rule, `coveringReporter`), what is still to do first,
 * in pages of 50 cells, with each wave's due day and progress. Their part is read alone: the officials in post
 * in the akimats they are given (and those below, when the wave includes districts) and the officials they are
 * given, and one LATERAL probe per cell on the wave's index
 * (`latestForPage`), so that a region of 300 officials costs 300 officials' cells whatever the scope's size.
 * Without a part of their own, the open work of every open wave is listed, its states read as the checklist's
 * progress is (from the wave's own observations).
 */
export async function getMyChecklist({ viewer, page = 1 }: { viewer: Viewer; page?: number }) {
  assertCan(viewer, "wave.view");
  const today = newsroomDay(new Date());
  const waves = await openWaves();
  const mine = waves.filter((wave) => wave.assignments.some((assignment) => assignment.reporterId === viewer.id));
  const kind: MyChecklistKind = waves.length === 0 ? "noOpenWave" : mine.length > 0 ? "mine" : "open";

  const summaries: { id: string; name: string; dueOn: Date; overdueNow: boolean; counts: ChecklistCounts; overdue: number }[] = [];
  const items: (Awaited<ReturnType<typeof cellsOfWave>>[number] & { wave: { id: string; name: string; dueOn: Date } })[] = [];
  for (const wave of kind === "mine" ? mine : waves) {
    const cells = await cellsOfWave(wave, kind === "mine" ? viewer.id : null, today);
    const counts = emptyCounts();
    for (const { cell } of cells) {
      counts.total += 1;
      counts[cell.state] += 1;
    }
    summaries.push({
      id: wave.id,
      name: wave.name,
      dueOn: wave.dueOn,
      overdueNow: today > wave.dueOn,
      counts,
      overdue: cells.filter(({ cell }) => cell.overdue).length,
    });
    items.push(...cells.map((item) => ({ ...item, wave: { id: wave.id, name: wave.name, dueOn: wave.dueOn } })));
  }
  // A stable sort: within a state, the wave due first, then the checklist's order (akimat, name, platform, account).
  items.sort((a, b) => WORK_ORDER[a.cell.state] - WORK_ORDER[b.cell.state]);

  const pages = Math.max(1, Math.ceil(items.length / MY_CHECKLIST_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pages);
  return {
    kind,
    waves: summaries,
    cells: items.slice((current - 1) * MY_CHECKLIST_PAGE_SIZE, current * MY_CHECKLIST_PAGE_SIZE),
    total: items.length,
    page: current,
    pages,
  };
}
export type MyChecklist = Awaited<ReturnType<typeof getMyChecklist>>;
export type MyChecklistItem = MyChecklist["cells"][number];

/**
 * The open waves, the one due first first, with everyone's assignments in the order given (who covers an official
 * needs them all, and the first given wins a tie).
 */
function openWaves() {
  return db.wave.findMany({
    where: { closedAt: null },
    select: {
      id: true,
      name: true,
      dueOn: true,
      platforms: true,
      includeDistricts: true,
      akimats: { select: { akimatId: true } },
      assignments: { select: { reporterId: true, akimatId: true, officialId: true }, orderBy: ASSIGNMENT_ORDER },
    },
    orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }, { id: "asc" }],
  });
}

/** The cells of a wave that the checklist gives this reporter (or nobody, for `null`), in the checklist's order. */
async function cellsOfWave(wave: OpenWave, reporterId: string | null, today: Date) {
  const scopeIds = await scopeAkimatIds(db, { akimatIds: wave.akimats.map((row) => row.akimatId), includeDistricts: wave.includeDistricts });
  const assignments = wave.assignments.map((assignment) => ({ ...assignment, reporter: assignment.reporterId }));
  const [reporterOf, among] = await Promise.all([
    readCoveringReporter(db, { includeDistricts: wave.includeDistricts, scopeIds, assignments }),
    reporterId ? candidatesOf(wave, reporterId, today) : undefined,
  ]);
  const { akimats, officials } = await officialsInScope(db, scopeIds, today, among);
  const akimatById = new Map(akimats.map((akimat) => [akimat.id, akimat]));
  const chosen = [...officials.values()].filter((official) => reporterOf(official) === reporterId);
  const officialIds = chosen.map((official) => official.id);
  if (officialIds.length === 0) return [];

  const accounts = await db.account.findMany({
    where: { officialId: { in: officialIds }, platform: { in: wave.platforms } },
    select: { id: true, officialId: true, platform: true, handle: true, label: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const accountsOf = new Map<string, typeof accounts>();
  for (const account of accounts) {
    const key = `${account.officialId}|${account.platform}`;
    accountsOf.set(key, [...(accountsOf.get(key) ?? []), account]);
  }
  const latest = reporterId
    ? await latestForPage(wave.id, officialIds, wave.platforms, accountsOf)
    : new Map(
        (await db.$queryRaw<(LatestInWave & { officialId: string; platform: string; accountId: string | null })[]>(latestAcrossWaveSql(wave.id))).map((row) => [
          checklistCellKey(row.officialId, row.platform, row.accountId),
          row,
        ]),
      );

  const overdueNow = today > wave.dueOn;
  return chosen.flatMap((official) =>
    officialCells({
      officialId: official.id,
      platforms: wave.platforms,
      accountsOn: (platform) => accountsOf.get(`${official.id}|${platform}`) ?? [],
      latest: (key) => latest.get(key),
      overdueNow,
    }).map((cell: ChecklistCell) => ({ official: { ...official, akimat: akimatById.get(official.akimatId)! }, cell })),
  );
}

/**
 * The officials a reporter's part of a wave may hold: those given to them, and those in post in the akimats given
 * to them and, when the wave includes districts, in every akimat below those (walked over the parent index, as the
 * scope is). Whether each is theirs is then decided as the checklist decides it (an official given to someone else,
 * in a district given to someone else, or listed under another akimat of the scope, is not).
 */
async function candidatesOf(wave: OpenWave, reporterId: string, today: Date): Promise<string[]> {
  const own = wave.assignments.filter((assignment) => assignment.reporterId === reporterId);
  const given = own.flatMap((assignment) => (assignment.akimatId ? [assignment.akimatId] : []));
  const akimatIds = given.length > 0 ? await scopeAkimatIds(db, { akimatIds: given, includeDistricts: wave.includeDistricts }) : [];
  const posts =
    akimatIds.length > 0
      ? await db.position.findMany({ where: { akimatId: { in: akimatIds }, ...inPostOn(today) }, select: { officialId: true }, distinct: ["officialId"] })
      : [];
  return [...new Set([...own.flatMap((assignment) => (assignment.officialId ? [assignment.officialId] : [])), ...posts.map((post) => post.officialId)])];
}
