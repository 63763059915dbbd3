/**
 * The exports streamed from the database a batch at a time (decision 0016), on the story's seed: every row once,
 * in order, whatever the batch size; the CSV byte for byte the old in-memory one's; the filters; the cursors.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createObservation, createUser } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { seedStory, type SeededStory } from "@/prisma/seed-story";
import { loadOpenData } from "./load-open-data";
import { observationsCsv } from "./observations-csv";
import { exportContext, observationsCsvDocument, observationsJsonPage, officialsJsonDocument } from "./open-data-documents";
import { parseOpenDataQuery, readCursor, writeCursor, type OpenDataQuery } from "./open-data-query";
import { publishedObservationBatches } from "./published-observation-pages";

withTestDatabase();

let story: SeededStory;
let reporterId: string;

beforeAll(async () => {
  const reporter = await createUser(db);
  const editor = await createUser(db, { role: "EDITOR" });
  reporterId = reporter.id;
  story = await seedStory(db, { authorId: reporter.id, reviewerId: editor.id });
});

const query = (text = ""): OpenDataQuery => {
  const parsed = parseOpenDataQuery(new URLSearchParams(text), { pages: true });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.query;
};
const context = (text = "") => exportContext(query(text), "http://localhost", "/api/public/observations.json");

async function streamedIds(text: string, batchSize: number, limit = Infinity): Promise<string[]> {
  const { registry, filter } = await context(text);
  const ids: string[] = [];
  for await (const batch of publishedObservationBatches({ registry, filter, batchSize, limit })) ids.push(...batch.observations.map((o) => o.id));
  return ids;
}

describe("the streamed exports", () => {
  it("give every published observation once, in order, whatever the batch size", async () => {
    const { observations } = await loadOpenData({ until: null });
    expect(observations.length).toBeGreaterThan(5);
    const all = observations.map((o) => o.id);
    expect(await streamedIds("", 2)).toEqual(all);
    expect(await streamedIds("", 2, 5)).toEqual(all.slice(0, 5));
    expect(await streamedIds("", 1000)).toEqual(all);
  });

  it("write the CSV the in-memory export wrote, byte for byte", async () => {
    const { observations } = await loadOpenData({ until: null });
    const document = await observationsCsvDocument(await context());
    let text = document.head;
    for await (const piece of document.body) text += piece;
    expect(text).toBe(observationsCsv(observations));
  });

  it("filter by platform, official, since, as-of and akimat (on the observation's day), with or without districts", async () => {
    const { observations } = await loadOpenData({ until: null });
    const instagram = await streamedIds("platform=INSTAGRAM", 3);
    expect(instagram).toEqual(observations.filter((o) => o.platform === "INSTAGRAM").map((o) => o.id));
    const official = observations[0]!.official.id;
    expect(await streamedIds(`official=${official}`, 3)).toEqual(observations.filter((o) => o.official.id === official).map((o) => o.id));
    const { observations: asOf } = await loadOpenData({ until: query("asOf=2024-08-31").until });
    expect(await streamedIds("asOf=2024-08-31", 3)).toEqual(asOf.map((o) => o.id));
    expect(await streamedIds("since=2000-01-01", 3)).toEqual(observations.map((o) => o.id));
    expect(await streamedIds("since=2100-01-01", 3)).toEqual([]);
    expect(query("since=2024-09-01").since).toEqual(new Date("2024-08-31T19:00:00.000Z"));
    const slug = observations.find((o) => o.positions.length)!.positions[0]!.akimat.slug;
    const inAkimat = observations.filter((o) => o.positions.some((p) => p.akimat.slug === slug)).map((o) => o.id);
    expect(await streamedIds(`akimats=${slug}`, 3)).toEqual(inAkimat);
    const withDistricts = await streamedIds(`akimats=${slug}&districts=include`, 3);
    expect(withDistricts).toEqual(expect.arrayContaining(inAkimat));
  });

  it("refuse an akimat nobody has, with its slug named", async () => {
    await expect(context("akimats=atlantis")).rejects.toThrow("no akimat has the slug atlantis");
  });

  it("filter by survey wave: what the wave published by its close, in the observations and in officials' current", async () => {
    const storyIds = await streamedIds("", 1000);
    const gauez = story.officials.find((o) => o.fullNameLatin === "Gauez Nurmukhambetov")!;
    const instagram = gauez.accounts.find((a) => a.platform === "INSTAGRAM")!.accountId;
    const found = { authorId: reporterId, officialId: gauez.officialId, accountId: instagram, existence: "FOUND" as const, status: "APPROVED" as const };
    const outside = await createObservation(db, {
      ...found,
      observedAt: new Date("2026-08-20T07:00:00Z"),
      reviewedAt: new Date("2026-08-21T07:00:00Z"),
      followers: 4000,
    });
    const late = await createObservation(db, {
      ...found,
      waveId: story.waveId,
      observedAt: new Date("2024-08-30T07:00:00Z"),
      reviewedAt: new Date("2024-09-15T07:00:00Z"),
      followers: 7777,
    });
    try {
      expect(await streamedIds(`wave=${story.waveId}`, 3)).toEqual(storyIds);
      const document = await officialsJsonDocument(await context(`wave=${story.waveId}`));
      let text = document.head;
      for await (const piece of document.body) text += piece;
      const official = (JSON.parse(text) as { data: { id: string; current: { platform: string; followers: { value: number } | null }[] }[] }).data.find(
        (o) => o.id === gauez.officialId,
      )!;
      expect(official.current.find((o) => o.platform === "INSTAGRAM")!.followers!.value).toBe(3517);
      expect((await context(`wave=${story.waveId}`)).source).toContain(`wave=${story.waveId}`);
      await expect(context("wave=nosuchwave")).rejects.toThrow("no survey wave has the id nosuchwave");
      expect(parseOpenDataQuery(new URLSearchParams("wave=x'--"), { pages: true })).toEqual({ ok: false, error: "wave must be a survey wave's id" });
    } finally {
      await db.observation.deleteMany({ where: { id: { in: [outside.id, late.id] } } });
    }
  });
});

describe("observations.json pages", () => {
  it("walk the history with next links to its end, each observation once", async () => {
    const { observations } = await loadOpenData({ until: null });
    const seen: string[] = [];
    let text: string | null = "limit=2";
    while (text !== null) {
      const page = await observationsJsonPage(await context(text));
      seen.push(...page.data.map((o) => o.id));
      expect(page.data.length).toBeLessThanOrEqual(2);
      text = page.meta.next ? new URL(page.meta.next).search.slice(1) : null;
    }
    expect(seen).toEqual(observations.map((o) => o.id));
  });

  it("take only cursors this server signed", () => {
    const cursor = writeCursor({ observedAt: new Date("2024-08-28T07:00:00Z"), createdAt: new Date("2024-09-01T00:00:00Z"), id: "abc" });
    expect(readCursor(cursor)?.id).toBe("abc");
    const [payload] = cursor.split(".");
    const forged = Buffer.from(JSON.stringify(["2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z", "x"])).toString("base64url");
    for (const bad of [`${forged}.${cursor.split(".")[1]}`, `${payload}.AAAA`, "garbage", `${payload}`, ""]) expect(readCursor(bad)).toBeUndefined();
    const parsed = parseOpenDataQuery(new URLSearchParams({ after: "garbage" }), { pages: true });
    expect(parsed).toEqual({ ok: false, error: "after must be the cursor of a previous page's next link, unchanged" });
    expect(parseOpenDataQuery(new URLSearchParams({ limit: "0" }), { pages: true }).ok).toBe(false);
    expect(parseOpenDataQuery(new URLSearchParams({ limit: "10" }), { pages: false }).ok).toBe(false);
    expect(parseOpenDataQuery(new URLSearchParams({ platform: "MYSPACE" }), { pages: true }).ok).toBe(false);
  });
});
