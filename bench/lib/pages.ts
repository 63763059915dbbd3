/** The pages the benchmark renders, found by what they show so that ids of either database fit. */
import { connect } from "./bench-db";

export const EDITOR = "editor@demo.ashyq";
const PROFILE_OF = "Жусуп Жумагулов";

export type Page = { key: string; label: string; path: string; comparable: boolean };

/** The pages measured on a database: the story's pages, and one busy generated profile where there is one. */
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
      { key: "profile", label: `/officials/<${PROFILE_OF}>`, path: `/officials/${story.rows[0].id}`, comparable: true },
      // The reporter's form lists every akimat's officials and accounts for its pickers: it grows with the country.
      { key: "observation-form", label: "/observations/new", path: "/observations/new", comparable: false },
      // Every page's navigation counts the viewer's unread decisions; the inbox lists them.
      { key: "inbox", label: "/inbox", path: "/inbox", comparable: true },
      // The queue lists one page of 50 submitted observations with their changes, and notes the editor's visit.
      { key: "review-queue", label: "/review", path: "/review", comparable: true },
      // "Large moves only" compares every waiting observation with its previous publication, in SQL.
      { key: "review-queue-flagged", label: "/review?flagged=1", path: "/review?flagged=1", comparable: true },
    ];
    // A generated official in post with the longest history: what a profile costs when it has much to show.
    const busy = await client.query<{ id: string; n: number }>(
      `SELECT o."officialId" AS id, count(*)::int AS n FROM observations o
       WHERE o."officialId" LIKE 'bench-%' AND o."officialId" IN (SELECT "officialId" FROM positions WHERE "endedOn" IS NULL)
       GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`,
    );
    if (busy.rows[0]) {
      pages.push({
        key: "profile-busy",
        label: `/officials/<busiest generated, ${busy.rows[0].n} obs.>`,
        path: `/officials/${busy.rows[0].id}`,
        comparable: false,
      });
    }
    return pages;
  } finally {
    await client.end();
  }
}
