import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { createSavedEmbed, updateSavedEmbed } from "@/lib/data/embed/saved-embeds";
import { db } from "@/lib/db";
import { clearPublishedRenderCache } from "@/lib/http/published-render-cache";
import { createAccount, createAkimat, createObservation, createOfficial, createUser, createWave } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { SavedEmbedInput } from "@/lib/validation/saved-embed-input";
import { clearPublishedResponses, freshPublishedResponse } from "@/server/published-responses";
import { GET as comparisonEmbed } from "../comparison/route";
import { GET as savedEmbed } from "./[id]/route";

withTestDatabase();

const day = (iso: string) => new Date(`${iso}T07:00:00Z`);
const UNPUBLISHED = ["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "REJECTED", "RETRACTED"] as const;
let editor: Viewer;
let akimId: string;
let waveId: string;

const get = (id: string, init?: RequestInit, query = "") =>
  savedEmbed(new Request(`http://localhost/embed/e/${id}${query}`, init), { params: Promise.resolve({ id }) });
const save = async (fields: Record<string, string>) => (await createSavedEmbed({ viewer: editor, input: SavedEmbedInput.parse(fields) })).id;
const page = async (response: Response) => {
  expect(response.status).toBe(200);
  expect(response.headers.get("set-cookie")).toBeNull();
  expect(response.headers.get("content-security-policy")).toContain("frame-ancestors *");
  return response.text();
};
/** The embed's figures: its tables, which a saved embed must show exactly as its plain address does. */
const tables = (html: string) => html.match(/<table[\s\S]*?<\/table>/g) ?? [];

beforeAll(async () => {
  clearPublishedRenderCache();
  clearPublishedResponses();
  const user = await createUser(db, { role: "EDITOR", name: "Редактор Секретов" });
  editor = { id: user.id, role: user.role, name: user.name, email: user.email };
  const reporter = await createUser(db, { name: "Репортёр Секретов" });
  const region = await createAkimat(db, { slug: "sko", name: "Акимат СКО", nameEn: "North Kazakhstan Region Akimat", level: "REGION" });
  const akim = await createOfficial(db, { fullName: "Серик Мухамедиев", akimatId: region.id, position: { title: "AKIM" } });
  akimId = akim.id;
  const instagram = await createAccount(db, { officialId: akim.id, platform: "INSTAGRAM" });
  waveId = (await createWave(db, { name: "Август 2024", akimatIds: [region.id], closedAt: new Date("2024-09-01T00:00:00Z") })).id;
  const base = { authorId: reporter.id, officialId: akim.id, accountId: instagram.id, existence: "FOUND" as const, visibility: "PUBLIC" as const };
  await createObservation(db, {
    ...base,
    status: "APPROVED",
    waveId,
    observedAt: day("2024-08-28"),
    reviewedAt: day("2024-08-29"),
    followers: 2400,
    internalNote: "marker-internal",
  });
  // Newer, and never public: each carries a marker that must not appear anywhere.
  for (const [index, status] of UNPUBLISHED.entries())
    await createObservation(db, { ...base, status, observedAt: day(`2024-09-0${index + 1}`), followers: 990001 + index, publicNote: `marker-${status}` });
});

describe("a saved embed (/embed/e/<id>)", () => {
  it("shows its view as the plain address does, with the headline, intro, notes and source line, and approved data only", async () => {
    const view = "/embed/comparison?lang=en&asOf=2024-08-31";
    const id = await save({
      view,
      headline: "Who of the akims keeps an account",
      intro: "The region's akims on social media.\nA survey of August 2024.",
      notes: "Counts as shown on the platform.",
      sourceLine: "Source: Ashyq survey, August 2024",
    });
    const html = await page(await get(id));
    expect(html).toContain(
      '<header class="article"><h1>Who of the akims keeps an account</h1><p class="intro">The region&#39;s akims on social media.</p><p class="intro">A survey of August 2024.</p><h2>Officials on social media</h2><p class="meta">',
    );
    expect(html).toContain("data as of 31 August 2024</p></header>");
    expect(html).toContain('<div class="notes"><p>Counts as shown on the platform.</p></div><footer><p class="source">Source: Ashyq survey, August 2024</p>');
    expect(html).toContain("<title>Who of the akims keeps an account</title>");
    const plain = await page(await comparisonEmbed(new Request(`http://localhost${view}`)));
    expect(tables(html)).toEqual(tables(plain));
    expect(tables(html).join("")).toContain("2,400 followers");
    for (const marker of ["990001", "990,001", "marker-", "Секретов", editor.id]) expect(html).not.toContain(marker);
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it("shows an official's card and what changed, in their saved language and dates", async () => {
    const card = await page(await get(await save({ view: `/embed/official/${akimId}?lang=kk&wave=${waveId}`, headline: "Әкім әлеуметтік желілерде" })));
    expect(card).toContain('<html lang="kk">');
    expect(card).toContain("<h1>Әкім әлеуметтік желілерде</h1><h2>Серик Мухамедиев</h2>");
    expect(card).toMatch(/2\s400 жазылушы/);
    expect(card).not.toContain("marker-");
    const changes = await page(await get(await save({ view: `/embed/changes?lang=en&from=2024-01-01&to=${waveId}`, headline: "A year on" })));
    expect(changes).toContain("<h1>A year on</h1><h2>What changed: 1 January 2024 → “Август 2024”</h2>");
    // Nothing typed, nothing shown: no empty intro, notes or source line.
    expect(changes).not.toMatch(/class="(intro|notes|source)"/);
  });

  it("is cached like the other embeds, and shows a fix at the same address within a second", async () => {
    const id = await save({ view: "/embed/comparison?lang=en&asOf=2024-08-31", headline: "Who keeps an acount" });
    const first = await get(id);
    const etag = first.headers.get("etag")!;
    expect(await page(first)).toContain("<h1>Who keeps an acount</h1>");
    expect(first.headers.get("cache-control")).toBe("public, no-cache");
    expect(first.headers.get("vary")).toBe("Accept-Encoding");
    expect((await get(id, { headers: { "If-None-Match": etag } })).status).toBe(304);
    expect(freshPublishedResponse(`/embed/e/${id}`, Date.now())?.etag).toBe(etag);

    await updateSavedEmbed({
      viewer: editor,
      id,
      expectedVersion: 1,
      input: SavedEmbedInput.parse({ view: "/embed/comparison?lang=en&asOf=2024-08-31", headline: "Who keeps an account" }),
    });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    // What server/index.ts would still send from memory has gone stale: the next reader reaches the route.
    expect(freshPublishedResponse(`/embed/e/${id}`, Date.now())).toBeUndefined();
    const fixed = await get(id, { headers: { "If-None-Match": etag } });
    const html = await page(fixed);
    expect(html).toContain("<h1>Who keeps an account</h1>");
    expect(fixed.headers.get("etag")).not.toBe(etag);
  });

  it("answers an id that names nothing, or a view whose wave is gone, with the 404 page in the article's frame", async () => {
    const gone = await createWave(db, { akimatIds: [], closedAt: new Date("2025-01-01T00:00:00Z") });
    const id = await save({ view: `/embed/changes?lang=kk&from=2024-01-01&to=${gone.id}`, headline: "Жоқ толқын" });
    await db.wave.delete({ where: { id: gone.id } });
    const cases: [string, string, RegExp][] = [
      ["k7m2p9q4rs", "", /Виджет не найден/],
      ["k7m2p9q4rs", "?lang=en", /Embed not found/],
      ["x%00<script>", "", /Виджет не найден/],
      ["K7M2P9Q4RS", "?lang=kk", /Блок табылмады/],
      [id, "", /Блок табылмады/],
    ];
    for (const [missing, query, message] of cases) {
      const response = await get(missing, undefined, query);
      expect(response.status, missing).toBe(404);
      expect(response.headers.get("set-cookie")).toBeNull();
      expect(response.headers.get("content-security-policy")).toContain("frame-ancestors *");
      const html = await response.text();
      expect(html, missing).toMatch(message);
      expect(html).not.toContain("<script>alert");
      expect(html.match(/<script/g)).toHaveLength(1);
    }
  });
});
