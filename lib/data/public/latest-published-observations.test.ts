/**
 * officials.json's "current" reads each account's latest published observation by one probe per account (and per
 * official and platform for searches that found nothing): the same rows, on the story's seed, as the DISTINCT ON
 * over the whole history it replaced, computed here from the streamed history, under every filter.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { seedStory } from "@/prisma/seed-story";
import { exportContext } from "./open-data-documents";
import { parseOpenDataQuery } from "./open-data-query";
import type { PublicObservation } from "./public-records";
import { latestPublishedObservations, publishedObservationBatches } from "./published-observation-pages";

withTestDatabase();

beforeAll(async () => {
  const reporter = await createUser(db);
  const editor = await createUser(db, { role: "EDITOR" });
  await seedStory(db, { authorId: reporter.id, reviewerId: editor.id });
  // Repeats, which the story has not: an account and a search each seen again a day later, twice at the same
  // instant (the later recorded wins), and once more a year later but not approved (never current).
  const [account, search] = await Promise.all([
    db.observation.findFirstOrThrow({ where: { status: "APPROVED", accountId: { not: null } }, orderBy: { observedAt: "desc" } }),
    db.observation.findFirstOrThrow({ where: { status: "APPROVED", accountId: null }, orderBy: { observedAt: "desc" } }),
  ]);
  for (const [source, name] of [
    [account, "account"],
    [search, "search"],
  ] as const) {
    for (const [suffix, shift, createdAt, status] of [
      ["a", "1 day", "2026-01-01", "APPROVED"],
      ["b", "1 day", "2026-01-02", "APPROVED"],
      ["c", "1 year", "2026-01-03", "SUBMITTED"],
    ]) {
      // A copy of the row, in SQL so that every column comes along, with a new id, instant and status.
      await db.$executeRawUnsafe(
        `INSERT INTO "observations" SELECT (jsonb_populate_record(NULL::"observations", to_jsonb(o) || jsonb_build_object(
           'id', $1::text, 'observedAt', o."observedAt" + $2::interval, 'createdAt', $3::timestamp, 'status', $4::text,
           'idempotencyKey', NULL))).* FROM "observations" o WHERE o."id" = $5`,
        `${source.id}-${suffix}-${name}`,
        shift,
        createdAt,
        status,
        source.id,
      );
    }
  }
});

async function context(text: string) {
  const parsed = parseOpenDataQuery(new URLSearchParams(text), { pages: false });
  if (!parsed.ok) throw new Error(parsed.error);
  return exportContext(parsed.query, "http://localhost", "/api/public/officials.json");
}

/** What the DISTINCT ON (officialId, platform, accountId) … ORDER BY observedAt DESC, createdAt DESC, id DESC gave. */
async function previousResult(text: string): Promise<PublicObservation[]> {
  const { registry, filter } = await context(text);
  const latest = new Map<string, PublicObservation>();
  // The history comes oldest first in (observedAt, createdAt, id): the last of each group is its latest.
  for await (const { observations } of publishedObservationBatches({ registry, filter })) {
    for (const o of observations) latest.set(`${o.official.id}|${o.platform}|${o.account?.id ?? ""}`, o);
  }
  const ids = new Set([...latest.values()].map((o) => o.id));
  const ordered: PublicObservation[] = [];
  for await (const { observations } of publishedObservationBatches({ registry, filter })) ordered.push(...observations.filter((o) => ids.has(o.id)));
  return ordered;
}

describe("the latest published observation of each account and each platform's searches", () => {
  it("are those of the whole history, under every filter", async () => {
    const all = await previousResult("");
    // The seed has repeats (an account seen twice) and searches that found nothing, so both halves are exercised.
    expect(all.some((o) => o.account === null)).toBe(true);
    expect(all.map((o) => o.id).filter((id) => /-[abc]-(account|search)$/.test(id))).toEqual([expect.stringMatching(/-b-/), expect.stringMatching(/-b-/)]);
    const { observations } = await loadHistory("");
    expect(observations.length).toBeGreaterThan(all.length);

    const official = all[0]!.official.id;
    const slug = all.find((o) => o.positions.length)!.positions[0]!.akimat.slug;
    for (const text of [
      "",
      "platform=INSTAGRAM",
      `official=${official}`,
      "asOf=2024-08-31",
      "since=2024-09-01",
      `akimats=${slug}`,
      `akimats=${slug}&districts=include`,
    ]) {
      const { registry, filter } = await context(text);
      const latest = await latestPublishedObservations(registry, filter);
      expect(
        latest.map((row) => row.observation),
        text,
      ).toEqual(await previousResult(text));
      for (const row of latest) expect(row.observedAt).toBeInstanceOf(Date);
    }
  });
});

async function loadHistory(text: string): Promise<{ observations: PublicObservation[] }> {
  const { registry, filter } = await context(text);
  const observations: PublicObservation[] = [];
  for await (const batch of publishedObservationBatches({ registry, filter })) observations.push(...batch.observations);
  return { observations };
}
