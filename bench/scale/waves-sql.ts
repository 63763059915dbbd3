/**
 * Two survey waves over the generated country (issue 16, decision 0017), so that the checklist and the change
 * report can be measured on waves of a national network's size: one a year before the period's end, closed,
 * and a recent one, still open past its due day. Each covers several regions with their cities and districts on
 * the four big platforms, holds most of its in-scope officials' observations of its window, and has reporters
 * given some of its akimats. Runs after the observations exist and reads only tables (no working set of
 * registry-sql.ts), so that it can also be added to a database generated before the generator made waves
 * (`--waves-only`). The story's wave and observations are never touched: no story akimat is in these scopes.
 */
import type { Platform } from "@/lib/generated/prisma/enums";
import type { ScaleConfig } from "./config";
import { generatedIdSql, idPrefix } from "./ids";
import type { Step } from "./registry-sql";

export type GeneratedWave = {
  /** A wave's id must be a record id (letters and digits: lib/validation/record-id.ts), so "bench" without the dash. */
  id: string;
  name: string;
  /** Days before the period's end (config.periodEnd) that the window opens, is due, and the wave closes (null: open). */
  opensDaysBefore: number;
  dueDaysBefore: number;
  closedDaysBefore: number | null;
  /** Regions chosen, by slug, each with its city and districts (includeDistricts). */
  regions: string[];
  platforms: Platform[];
  /** Share of the in-scope officials' observations in the window, on the wave's platforms, recorded in the wave. */
  share: number;
  /** Share of the scope's akimats given to a reporter; the rest are open to anyone. */
  assignedShare: number;
};

const BIG_PLATFORMS: Platform[] = ["INSTAGRAM", "FACEBOOK", "TELEGRAM", "TIKTOK"];

export const GENERATED_WAVES: GeneratedWave[] = [
  {
    id: "benchwave1",
    name: "Сеть: осень 2025",
    opensDaysBefore: 396,
    dueDaysBefore: 365,
    closedDaysBefore: 351,
    regions: ["akmola", "karaganda", "kostanay", "pavlodar"],
    platforms: BIG_PLATFORMS,
    share: 0.85,
    assignedShare: 0.6,
  },
  {
    // The follow-up a year later over a wider scope: two more regions, which the change report shows as new.
    id: "benchwave2",
    name: "Сеть: осень 2026",
    opensDaysBefore: 31,
    dueDaysBefore: 0,
    closedDaysBefore: null,
    regions: ["akmola", "karaganda", "kostanay", "pavlodar", "east-kazakhstan", "abai"],
    platforms: BIG_PLATFORMS,
    share: 0.85,
    assignedShare: 0.6,
  },
];

const dayBefore = (end: string, days: number) => `('${end}'::date - ${days})`;

export function waveSteps(c: ScaleConfig): Step[] {
  const w = GENERATED_WAVES;
  // An observation's id is this and its number (observations-sql.ts), which draws whether the wave recorded it.
  const obs = idPrefix("obs");
  const end = c.periodEnd;
  // The open wave's window runs to the period's end (the newest observations); a closed one's to its close.
  const windowEnd = (wave: GeneratedWave) => (wave.closedDaysBefore === null ? `('${end}'::date + 1)` : dayBefore(end, wave.closedDaysBefore));
  const values = w
    .map(
      (wave, index) =>
        `(${index + 1}, '${wave.id}', '${wave.name}', ${dayBefore(end, wave.opensDaysBefore)}, ${dayBefore(end, wave.dueDaysBefore)},
          ${wave.closedDaysBefore === null ? "NULL::date" : dayBefore(end, wave.closedDaysBefore)}, ${windowEnd(wave)},
          ARRAY[${wave.platforms.map((p) => `'${p}'`).join(", ")}]::"Platform"[], ARRAY[${wave.regions.map((r) => `'${r}'`).join(", ")}]::text[],
          ${wave.share}::float8, ${wave.assignedShare}::float8)`,
    )
    .join(",\n");
  return [
    {
      label: "waves (working set)",
      sql: `CREATE TEMP TABLE bench_wave AS
            SELECT * FROM (VALUES ${values}) AS v(w, id, name, opens_on, due_on, closed_on, window_end, platforms, regions, share, assigned_share);
            -- Every akimat of each wave's scope: the regions chosen and everything below them.
            CREATE TEMP TABLE bench_wave_scope AS
            WITH RECURSIVE scope(w, akimat_id, slug) AS (
              SELECT b.w, a.id, a.slug FROM bench_wave b CROSS JOIN unnest(b.regions) AS r(slug) JOIN akimats a ON a.slug = r.slug
              UNION
              SELECT s.w, child.id, child.slug FROM scope s JOIN akimats child ON child."parentId" = s.akimat_id
            )
            SELECT w, akimat_id, row_number() OVER (PARTITION BY w ORDER BY slug)::int AS k FROM scope;
            ANALYZE bench_wave; ANALYZE bench_wave_scope`,
    },
    {
      label: "waves",
      sql: `INSERT INTO waves (id, name, methodology, "opensOn", "dueOn", "includeDistricts", platforms, "closedAt", version, "createdAt", "updatedAt")
            SELECT id, name, 'Сгенерировано для теста на масштаб: области с городами и районами, четыре большие платформы.',
                   opens_on, due_on, true, platforms, closed_on::timestamp, 1, (opens_on - 14)::timestamp, coalesce(closed_on, opens_on - 14)::timestamp
            FROM bench_wave`,
    },
    {
      label: "wave akimats",
      sql: `INSERT INTO wave_akimats ("waveId", "akimatId")
            SELECT b.id, a.id FROM bench_wave b CROSS JOIN unnest(b.regions) AS r(slug) JOIN akimats a ON a.slug = r.slug`,
    },
    {
      // Reporters given akimats of the scope (a share of them, drawn per wave), the rest open to anyone.
      label: "wave assignments",
      sql: `INSERT INTO wave_assignments (id, "waveId", "reporterId", "akimatId", "createdAt")
            SELECT ${generatedIdSql("waveassignment", "s.w * 1000 + s.k", 4)}, b.id,
                   ${generatedIdSql("user", `1 + floor(pg_temp.rnd(s.w * 1000 + s.k, 91) * ${c.reporters})::int`, 3)},
                   s.akimat_id, (b.opens_on - 7)::timestamp
            FROM bench_wave_scope s JOIN bench_wave b ON b.w = s.w
            WHERE pg_temp.rnd(s.w * 1000 + s.k, 90) < b.assigned_share`,
    },
    {
      // Most of what was looked at in the window, of officials then in post in the scope and on its platforms, was
      // recorded in the wave. Windows do not overlap, and an official's posts do not either (an earlier post ends
      // the day the next starts), so each observation meets one wave at most.
      label: "observations into waves",
      sql: `UPDATE observations o SET "waveId" = b.id
            FROM positions p
            JOIN bench_wave_scope s ON s.akimat_id = p."akimatId"
            JOIN bench_wave b ON b.w = s.w
            WHERE o."officialId" = p."officialId" AND p.id LIKE '${idPrefix("position")}%' AND o.id LIKE '${obs}%'
              AND o."observedAt" >= p."startedOn" AND (p."endedOn" IS NULL OR o."observedAt" < p."endedOn")
              AND o.platform = ANY (b.platforms) AND o."observedAt" >= b.opens_on AND o."observedAt" < b.window_end
              AND pg_temp.rnd(substr(o.id, ${obs.length + 1})::bigint, 80) < b.share`,
    },
  ];
}
