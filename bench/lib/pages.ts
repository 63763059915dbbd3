/** The pages the benchmark renders, found by what they show so that ids of either database fit. */
import { isRecordId } from "@/lib/validation/record-id";
import { GENERATED_PREFIX } from "../scale/ids";
import { connect } from "./bench-db";

export const EDITOR = "editor@demo.ashyq";
const PROFILE_OF = "Жусуп Жумагулов";

/**
 * `shows`: text the page must contain (a profile's name), checked on the first request, so that a page which answers
 * 200 with "not found" in it is never timed as if it were the page.
 */
export type Page = { key: string; label: string; path: string; comparable: boolean; shows?: string };

/** The pages measured on a database: the story's pages, the survey waves' and the profile of its busiest official. */
export async function pagesOf(databaseUrl: string): Promise<Page[]> {
  const client = await connect(databaseUrl);
  try {
    const story = await client.query<{ id: string }>(`SELECT id FROM officials WHERE "fullName" = $1`, [PROFILE_OF]);
    if (!story.rows[0]) throw new Error(`${PROFILE_OF} is not in ${databaseUrl}: is it seeded?`);
    const pages: Page[] = [
      { key: "dashboard", label: "/dashboard", path: "/dashboard", comparable: true },
      { key: "dashboard-as-of", label: "/dashboard?asOf=2025-06-30", path: "/dashboard?asOf=2025-06-30", comparable: true },
      // The default view grows with the country (every region and city); this one shows the same two akimats at both scales.
      { key: "dashboard-story-view", label: "/dashboard?akimats=sko,petropavlovsk", path: "/dashboard?akimats=sko,petropavlovsk", comparable: true },
      { key: "profile", label: `/officials/<${PROFILE_OF}>`, path: `/officials/${story.rows[0].id}`, comparable: true, shows: PROFILE_OF },
      // The reporter's form lists every akimat's officials and accounts for its pickers: it grows with the country.
      { key: "observation-form", label: "/observations/new", path: "/observations/new", comparable: false },
      // Every page's navigation counts the viewer's unread decisions; the inbox lists them.
      { key: "inbox", label: "/inbox", path: "/inbox", comparable: true },
      // The queue lists one page of 50 submitted observations with their changes, and notes the editor's visit.
      { key: "review-queue", label: "/review", path: "/review", comparable: true },
      // "Large moves only" compares every waiting observation with its previous publication, in SQL.
      { key: "review-queue-flagged", label: "/review?flagged=1", path: "/review?flagged=1", comparable: true },
    ];
    pages.push(...(await wavePages(client)));
    // The official in post with the longest history, a generated one where there are any (501 observations at full
    // scale, seed 42), else the story's (4): what a profile costs when it has much to show. Measured at both scales,
    // alternating, so that its ratio is as fair as the other pages'; the story's own profile is the same view.
    const busy = await client.query<{ id: string; name: string; n: number }>(
      `SELECT o."officialId" AS id, min(f."fullName") AS name, count(*)::int AS n FROM observations o
       JOIN officials f ON f.id = o."officialId"
       WHERE o."officialId" IN (SELECT "officialId" FROM positions WHERE "endedOn" IS NULL)
       GROUP BY 1 ORDER BY bool_or(o."officialId" LIKE '${GENERATED_PREFIX}%') DESC, 3 DESC, 1 LIMIT 1`,
    );
    if (busy.rows[0]) {
      const { id, name, n } = busy.rows[0];
      pages.push({
        key: "profile-busy",
        label: `/officials/<${id.startsWith(GENERATED_PREFIX) ? "busiest generated" : "the story's busiest"} in post, ${n} obs.>`,
        path: `/officials/${id}`,
        comparable: true,
        shows: name,
      });
    }
    assertRecordIds(pages);
    return pages;
  } finally {
    await client.end();
  }
}

/**
 * A survey wave's pages (issue 16): the checklist and the change report. Each scale has its analogue: the story's
 * closed wave "Август 2024" and its open demo wave, or at full scale the generator's closed wave a year back and its
 * open recent one (bench/scale/waves-sql.ts). The day-against-day report is the same address at both scales: without
 * `akimats=` it shows the dashboard's default akimats (the first region by name and its city: the story's two, or at
 * full scale Akmola region and Kokshetau); with it, a region with its city and districts (the story's two, or Karaganda
 * region, its city and its 7 districts: 9 akimats, within the filter's ten). So are the story's waves' own pages
 * ("same view").
 */
async function wavePages(client: Awaited<ReturnType<typeof connect>>): Promise<Page[]> {
  const one = async (sql: string, params: unknown[] = []) => (await client.query<{ id: string; name: string }>(sql, params)).rows[0];
  const storyClosed = await one(`SELECT id, name FROM waves WHERE name = $1`, [STORY_WAVE]);
  const storyOpen = await one(`SELECT id, name FROM waves WHERE "closedAt" IS NULL AND id NOT LIKE 'bench%' ORDER BY "createdAt", id LIMIT 1`);
  const generated = await one(`SELECT id, name FROM waves WHERE id = 'benchwave1'`);
  const closed = generated ?? storyClosed;
  const open = generated ? await one(`SELECT id, name FROM waves WHERE id = 'benchwave2'`) : storyOpen;
  // A city akimat of the closed wave's scope, for the akimat filter.
  const city = await one(`SELECT id, name FROM akimats WHERE slug = $1`, [generated ? "karaganda-city" : "petropavlovsk"]);
  // A region with everything below it, for the report between two days narrowed by akimats=.
  const region = (await one(`SELECT id, name FROM akimats WHERE slug = 'karaganda'`)) ? "karaganda" : "sko";
  const below = await client.query<{ slug: string }>(
    `SELECT a.slug FROM akimats a JOIN akimats r ON r.id = a."parentId" WHERE r.slug = $1 ORDER BY a.level, a.slug`,
    [region],
  );
  const regionDays = `${DAYS}&akimats=${[region, ...below.rows.map((row) => row.slug)].join(",")}`;
  if (!closed || !open || !city || !storyClosed || !storyOpen) return [];
  const checklist = `/waves/${closed.id}/checklist`;
  const pair = `from=${closed.id}&to=${open.id}`;
  const [was, now] = [`<${closed.name}>`, `<${open.name}>`];
  return [
    { key: "wave-checklist", label: `/waves/${was}/checklist`, path: checklist, comparable: true },
    { key: "wave-checklist-akimat", label: `/waves/${was}/checklist?akimat=<${city.name}>`, path: `${checklist}?akimat=${city.id}`, comparable: true },
    { key: "wave-checklist-state", label: `/waves/${was}/checklist?state=APPROVED`, path: `${checklist}?state=APPROVED`, comparable: true },
    // The story's wave fits one page: its "page 5" is its only page (the number is clamped), as a small wave's would be.
    { key: "wave-checklist-page", label: `/waves/${was}/checklist?page=5`, path: `${checklist}?page=5`, comparable: true },
    { key: "wave-checklist-open", label: `/waves/${now}/checklist`, path: `/waves/${open.id}/checklist`, comparable: true },
    {
      key: "wave-checklist-open-state",
      label: `/waves/${now}/checklist?state=NOT_STARTED`,
      path: `/waves/${open.id}/checklist?state=NOT_STARTED`,
      comparable: true,
    },
    { key: "wave-changes", label: `/waves/changes?from=${was}&to=${now}`, path: `/waves/changes?${pair}`, comparable: true },
    // Two days: the dashboard's default akimats, then a region named with its city and districts.
    { key: "wave-changes-days", label: `/waves/changes?${DAYS} (default akimats)`, path: `/waves/changes?${DAYS}`, comparable: true },
    {
      key: "wave-changes-days-region",
      label: `/waves/changes?${DAYS}&akimats=<${region} and the ${below.rows.length} akimats below it>`,
      path: `/waves/changes?${regionDays}`,
      comparable: true,
    },
    { key: "wave-changes-csv", label: `/waves/changes.csv?from=${was}&to=${now}`, path: `/waves/changes.csv?${pair}`, comparable: true },
    // The story's own waves at both scales: the same view (its 10 officials), so what the database's size alone costs.
    { key: "wave-same-checklist", label: `/waves/<${storyClosed.name}>/checklist (same view)`, path: `/waves/${storyClosed.id}/checklist`, comparable: true },
    {
      key: "wave-same-changes",
      label: `/waves/changes?from=<${storyClosed.name}>&to=<${storyOpen.name}> (same view)`,
      path: `/waves/changes?from=${storyClosed.id}&to=${storyOpen.id}`,
      comparable: true,
    },
  ];
}

/**
 * Every id in a page's address must be one the app accepts (lib/validation/record-id.ts): it answers "not found" to
 * any other, and the benchmark would time an empty page. A generated official's id was "bench-official-…" once.
 */
export function assertRecordIds(pages: Page[]): void {
  for (const page of pages) {
    const url = new URL(page.path, "http://bench.invalid");
    const ids = [...url.pathname.matchAll(/\/(?:officials|waves)\/([^/]+)/g)]
      .map((match) => match[1]!)
      .filter((id) => id !== "changes" && id !== "changes.csv");
    for (const name of ["akimat", "from", "to", "wave"]) {
      const value = url.searchParams.get(name);
      if (value && !/^\d{4}-\d{2}-\d{2}$/.test(value)) ids.push(value);
    }
    const refused = ids.filter((id) => !isRecordId(id));
    if (refused.length > 0) {
      throw new Error(
        `${page.key} (${page.path}) names ${refused.join(", ")}, which the app refuses as a record id: regenerate the database (bench/README.md).`,
      );
    }
  }
}

const STORY_WAVE = "Август 2024";
/** Two days a year apart, the generated waves' closes: the chosen akimats' officials in post on the later day. */
const DAYS = "from=2025-11-29&to=2026-11-15";

/** `--pages=wave,review` keeps the pages whose key starts with one of these; without it, every page. */
export function selectPages(pages: Page[], wanted: string | undefined): Page[] {
  if (!wanted) return pages;
  const prefixes = wanted.split(",").filter(Boolean);
  return pages.filter((page) => prefixes.some((prefix) => page.key.startsWith(prefix)));
}

/** The results file of a run: `render.json`, or `render-wave.json` for a run of `--pages=wave` alone. */
export const resultsName = (base: string, wanted: string | undefined) =>
  wanted ? `${base}-${wanted.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "")}.json` : `${base}.json`;
