import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { newsroomDay } from "@/lib/domain/time";
import {
  checklistCellKey as cellKey,
  CHECKLIST_PAGE_SIZE,
  emptyCounts,
  officialCells,
  type ChecklistCell,
  type ChecklistCounts,
  type ChecklistState,
  type LatestInWave as Latest,
} from "@/lib/domain/wave-checklist";
import { Prisma } from "@/lib/generated/prisma/client";
import { isRecordId } from "@/lib/validation/record-id";
import { ASSIGNMENT_ORDER, readCoveringReporter } from "./wave-coverage";
import { officialsInScope, scopeAkimatIds } from "./wave-scope";

export type ChecklistFilter = { akimatId?: string; reporterId?: string; state?: ChecklistState };

/**
 * A wave's checklist (issue 16, part 2): every official in post in its scope × its platforms, one cell per known
 * account there (one when there is none), each at its latest observation in the wave; progress per akimat and
 * per reporter over the whole wave; the cells of one page of officials, filtered by akimat, reporter ("open":
 * nobody's) and state. The page's cells are read by one LATERAL probe each on the index
 * observations (waveId, officialId, platform, accountId, observedAt); the progress from the wave's own
 * observations through the same index, never a scan of the table.
 */
export async function getWaveChecklist({ viewer, waveId, filter = {}, page = 1 }: { viewer: Viewer; waveId: string; filter?: ChecklistFilter; page?: number }) {
  assertCan(viewer, "wave.view");
  if (!isRecordId(waveId)) return null;
  const wave = await db.wave.findUnique({
    where: { id: waveId },
    select: {
      id: true,
      dueOn: true,
      closedAt: true,
      platforms: true,
      includeDistricts: true,
      akimats: { select: { akimatId: true } },
      assignments: {
        select: { reporterId: true, akimatId: true, officialId: true, reporter: { select: { id: true, name: true } } },
        orderBy: ASSIGNMENT_ORDER,
      },
    },
  });
  if (!wave) return null;
  const today = newsroomDay(new Date());
  const overdueNow = wave.closedAt === null && today > wave.dueOn;
  const scopeIds = await scopeAkimatIds(db, { akimatIds: wave.akimats.map((row) => row.akimatId), includeDistricts: wave.includeDistricts });
  // One line per official, at their first post in the scope (by the akimats' order).
  const [{ akimats, officials }, reporterOf] = await Promise.all([
    officialsInScope(db, scopeIds, today),
    readCoveringReporter(db, { includeDistricts: wave.includeDistricts, scopeIds, assignments: wave.assignments }),
  ]);
  const officialIds = [...officials.keys()];
  const [accounts, latestRows] = await Promise.all([
    db.account.findMany({
      where: { officialId: { in: officialIds }, platform: { in: wave.platforms } },
      select: { id: true, officialId: true, platform: true, handle: true, label: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    db.$queryRaw<(Latest & { officialId: string; platform: string; accountId: string | null })[]>(latestAcrossWaveSql(wave.id)),
  ]);
  const latestByKey = new Map(latestRows.map((row) => [cellKey(row.officialId, row.platform, row.accountId), row]));
  const accountsOf = new Map<string, typeof accounts>();
  for (const account of accounts) {
    const key = `${account.officialId}|${account.platform}`;
    accountsOf.set(key, [...(accountsOf.get(key) ?? []), account]);
  }

  const cellsOf = (officialId: string, latest: (key: string) => Latest | undefined): ChecklistCell[] =>
    officialCells({ officialId, platforms: wave.platforms, accountsOn: (platform) => accountsOf.get(`${officialId}|${platform}`) ?? [], latest, overdueNow });

  const byAkimatCounts = new Map(akimats.map((akimat) => [akimat.id, emptyCounts()]));
  const byReporterCounts = new Map<string, { reporter: { id: string; name: string } | null; counts: ChecklistCounts }>();
  const total = emptyCounts();
  let overdue = 0;
  const matching: string[] = [];
  for (const official of officials.values()) {
    const cells = cellsOf(official.id, (key) => latestByKey.get(key));
    const reporter = reporterOf(official);
    const reporterKey = reporter?.id ?? "open";
    if (!byReporterCounts.has(reporterKey)) byReporterCounts.set(reporterKey, { reporter, counts: emptyCounts() });
    for (const counts of [total, byAkimatCounts.get(official.akimatId)!, byReporterCounts.get(reporterKey)!.counts]) {
      for (const cell of cells) {
        counts.total += 1;
        counts[cell.state] += 1;
      }
    }
    overdue += cells.filter((cell) => cell.overdue).length;
    if (filter.akimatId && official.akimatId !== filter.akimatId) continue;
    if (filter.reporterId && reporterKey !== filter.reporterId) continue;
    if (filter.state && !cells.some((cell) => cell.state === filter.state)) continue;
    matching.push(official.id);
  }

  const pages = Math.max(1, Math.ceil(matching.length / CHECKLIST_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pages);
  const pageIds = matching.slice((current - 1) * CHECKLIST_PAGE_SIZE, current * CHECKLIST_PAGE_SIZE);
  const pageLatest = await latestForPage(wave.id, pageIds, wave.platforms, accountsOf);
  const rows = pageIds.map((id) => {
    const official = officials.get(id)!;
    return { ...official, reporter: reporterOf(official), cells: cellsOf(id, (key) => pageLatest.get(key)) };
  });

  return {
    platforms: wave.platforms,
    dueOn: wave.dueOn,
    overdue,
    total,
    akimats: akimats.map((akimat) => ({ ...akimat, counts: byAkimatCounts.get(akimat.id)! })).filter((akimat) => akimat.counts.total > 0),
    reporters: [...byReporterCounts.values()].sort((a, b) => (a.reporter?.name ?? "\uffff").localeCompare(b.reporter?.name ?? "\uffff")),
    rows,
    matching: matching.length,
    page: current,
    pages,
  };
}
export type WaveChecklist = NonNullable<Awaited<ReturnType<typeof getWaveChecklist>>>;

/**
 * The latest observation in the wave of each cell of a page of officials, in one query: a LATERAL probe per
 * (official, platform, account) on observations (waveId, officialId, platform, accountId, observedAt), and one
 * per (official, platform) for "searched, not found" recorded without an account.
 */
export async function latestForPage(
  waveId: string,
  officialIds: string[],
  platforms: string[],
  accountsOf: Map<string, { id: string }[]>,
): Promise<Map<string, Latest>> {
  const cells: { officialId: string; platform: string; accountId: string | null }[] = [];
  for (const officialId of officialIds) {
    for (const platform of platforms) {
      cells.push({ officialId, platform, accountId: null });
      for (const account of accountsOf.get(`${officialId}|${platform}`) ?? []) cells.push({ officialId, platform, accountId: account.id });
    }
  }
  if (cells.length === 0) return new Map();
  const rows = await db.$queryRaw<(Latest & { officialId: string; platform: string; accountId: string | null })[]>(latestInWaveSql(waveId, cells));
  return new Map(rows.map((row) => [cellKey(row.officialId, row.platform, row.accountId), row]));
}

/** The query of `latestForPage`, on its own so that a test can read its plan. */
export function latestInWaveSql(waveId: string, cells: { officialId: string; platform: string; accountId: string | null }[]): Prisma.Sql {
  return Prisma.sql`
    SELECT c."officialId", c.platform, c."accountId", l.id, l.status, l.existence, l."observedAt"
    FROM unnest(${cells.map((c) => c.officialId)}::text[], ${cells.map((c) => c.platform)}::text[], ${cells.map((c) => c.accountId)}::text[])
      AS c("officialId", platform, "accountId")
    CROSS JOIN LATERAL (
      SELECT o.id, o.status::text AS status, o.existence::text AS existence, o."observedAt"
      FROM "observations" o
      WHERE o."waveId" = ${waveId}
        AND o."officialId" = c."officialId"
        AND o.platform = c.platform::"Platform"
        AND o."accountId" IS NOT DISTINCT FROM c."accountId"
        AND o.status NOT IN ('REJECTED', 'RETRACTED')
      ORDER BY o."observedAt" DESC, o."createdAt" DESC
      LIMIT 1
    ) l`;
}

/** The latest observation in the wave of every cell that has one: the progress, read from the wave's index. */
export function latestAcrossWaveSql(waveId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT DISTINCT ON (o."officialId", o."platform", o."accountId")
      o."officialId", o."platform"::text AS platform, o."accountId", o.id, o.status::text AS status, o.existence::text AS existence, o."observedAt"
    FROM "observations" o
    WHERE o."waveId" = ${waveId} AND o.status NOT IN ('REJECTED', 'RETRACTED')
    ORDER BY o."officialId", o."platform", o."accountId", o."observedAt" DESC, o."createdAt" DESC`;
}
