import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { EMBED_CONTENT_SECURITY_POLICY } from "@/components/embed/embed-document";
import { writeAuditEntry } from "@/lib/data/audit/write-audit-entry";
import { db } from "@/lib/db";
import { gzipEtag } from "@/lib/http/conditional-response";
import { clearPublishedRenderCache } from "@/lib/http/published-render-cache";
import { createAccount, createAkimat, createObservation, createOfficial, createUser, createWave } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { clearPublishedResponses, freshPublishedResponse } from "@/server/published-responses";
import { GET as changesEmbed } from "../changes/route";
import { pngDensity } from "../chart-renderings";
import { GET as comparisonEmbed } from "../comparison/route";
import { GET as chartFile } from "./[file]/route";

/*
 * The charts in the embeds and their downloads (issue 17, part 5): drawn from approved data only, escaped, under
 * the embed's policy (no style attribute, no script but the resizer); the files cached like the embeds, with their
 * tags, a policy that forbids scripts, and a PNG twice the SVG's size.
 */

withTestDatabase();

const day = (iso: string) => new Date(`${iso}T07:00:00Z`);
const UNPUBLISHED = ["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "REJECTED", "RETRACTED"] as const;
let reporterId: string;
let akimId: string;
let accountId: string;
let thenWave: string;
let nowWave: string;

beforeAll(async () => {
  clearPublishedRenderCache();
  clearPublishedResponses();
  const reporter = await createUser(db, { name: "Репортёр Секретов" });
  reporterId = reporter.id;
  const region = await createAkimat(db, { slug: "sko", name: "Акимат СКО", nameEn: "North Kazakhstan Region Akimat", level: "REGION" });
  const city = await createAkimat(db, {
    slug: "petropavlovsk",
    name: "Акимат Петропавловска",
    nameEn: "Petropavlovsk City Akimat",
    level: "CITY",
    parentId: region.id,
  });
  const akim = await createOfficial(db, { fullName: "Серик Мухамедиев", akimatId: city.id, position: { title: "AKIM" } });
  akimId = akim.id;
  const hostile = await createOfficial(db, {
    fullName: `<script>alert("x")</script><img src=x onerror=alert(1)>`,
    akimatId: city.id,
    position: { title: "DEPUTY_AKIM" },
  });
  const instagram = await createAccount(db, { officialId: akim.id, platform: "INSTAGRAM" });
  accountId = instagram.id;
  thenWave = (
    await createWave(db, { name: "Август 2024", akimatIds: [region.id, city.id], platforms: ["INSTAGRAM"], closedAt: new Date("2024-09-01T00:00:00Z") })
  ).id;
  nowWave = (await createWave(db, { name: "Август 2026", akimatIds: [region.id, city.id], platforms: ["INSTAGRAM"] })).id;
  const base = {
    authorId: reporter.id,
    officialId: akim.id,
    accountId,
    existence: "FOUND" as const,
    visibility: "PUBLIC" as const,
    status: "APPROVED" as const,
  };
  await createObservation(db, {
    ...base,
    waveId: thenWave,
    observedAt: day("2024-08-28"),
    reviewedAt: day("2024-08-29"),
    followers: 2400,
    followersApproximate: true,
    internalNote: "marker-internal",
  });
  await createObservation(db, { ...base, waveId: nowWave, observedAt: day("2026-08-20"), followers: 3100 });
  await createObservation(db, {
    ...base,
    officialId: hostile.id,
    accountId: null,
    platform: "INSTAGRAM",
    existence: "NOT_FOUND",
    visibility: null,
    observedAt: day("2024-08-28"),
    reviewedAt: day("2024-08-29"),
    waveId: thenWave,
  });
  // Newer, larger, and never public: each carries a marker that must appear nowhere.
  for (const [index, status] of UNPUBLISHED.entries()) {
    await createObservation(db, {
      ...base,
      status,
      waveId: nowWave,
      observedAt: day(`2026-08-2${index + 2}`),
      followers: 990001 + index,
      publicNote: `marker-${status}`,
    });
  }
});

const MARKERS = ["990001", "990 001", "990,001", "marker-", "Секретов"];

/** Only the document's own markup: escaped data holds no "<", so no tag may carry an event handler or a script address. */
function expectOwnMarkup(text: string) {
  const tags = text.match(/<[a-z][^>]*>/gi) ?? [];
  expect(tags.filter((tag) => /^<(img|iframe|object|embed)[\s/>]/i.test(tag) || /\s(on[a-z]+|style)\s*=|javascript:/i.test(tag))).toEqual([]);
}
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
const comparison = (query: string, init?: RequestInit) => comparisonEmbed(new Request(`http://localhost/embed/comparison?${query}`, init));
const file = (name: string, query: string, init?: RequestInit) =>
  chartFile(new Request(`http://localhost/embed/chart/${name}?${query}`, init), { params: Promise.resolve({ file: name }) });

/** A PNG's width and height, from its header. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("a chart in the comparison embed", () => {
  it("is drawn above the tables from approved data only, escaped, with no style attribute and no script but the resizer", async () => {
    const response = await comparison("lang=en&chart=reach&asOf=2026-12-01");
    expect(response.status).toBe(200);
    const html = await response.text();
    for (const marker of MARKERS) expect(html).not.toContain(marker);
    expect(html.match(/<script/g)).toHaveLength(1);
    expectOwnMarkup(html);
    expect(html.match(/<style>/g)).toHaveLength(2);
    expect(html.indexOf('<svg class="plot" role="img"')).toBeLessThan(html.indexOf("<table><caption>Petropavlovsk City Akimat"));
    // A name too long for a phone's line is cut in the drawing, and whole in the table below it.
    expect(html).toMatch(/<tspan x="0%" y="\d+">&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/s…<\/tspan><tspan x="0%" y="\d+">src=x<\/tspan>/);
    expect(html).toContain('<span class="name">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;</span>');
    expect(html).toContain('font-weight="700" text-anchor="end">3,100</text>');
    expect(html).toContain('class="m" font-style="italic" text-anchor="end">not found</text>');
    // Its figures are the table below (the embed shows reach): no second table of them.
    expect(html).not.toContain("<details>");
    expect(html).toContain('href="/embed/chart/comparison.svg?lang=en&amp;platform=INSTAGRAM&amp;asOf=2026-12-01&amp;chart=reach"');
    // The charts' stylesheet is allowed by its hash, as the embed's own is.
    const policy = response.headers.get("content-security-policy")!;
    expect(policy).toBe(EMBED_CONTENT_SECURITY_POLICY);
    expect(policy.match(/'sha256-/g)).toHaveLength(3);
    // Without a chart, the embed is as it was: one stylesheet, no drawing.
    const plain = await (await comparison("lang=en&asOf=2026-12-01")).text();
    expect(plain.match(/<style>/g)).toHaveLength(1);
    expect(plain).not.toContain("<svg");
  });

  it("draws openness per akimat, and a wave's change in the change embed", async () => {
    const openness = await (await comparison("lang=ru&chart=openness")).text();
    expect(openness).toContain('<title id="chart-0-t">Из чего складывается открытость</title>');
    const changes = spaces(
      await (await changesEmbed(new Request(`http://localhost/embed/changes?lang=en&from=${thenWave}&to=${nowWave}&chart=followers`))).text(),
    );
    for (const marker of MARKERS) expect(changes).not.toContain(marker);
    expect(changes).toContain(">Median followers, then and now</title>");
    expect(changes).toContain('text-anchor="end">≈ 2,400</text>');
    expect(changes).toContain('text-anchor="end">3,100</text>');
    expect(changes).toContain(`href="/embed/chart/changes.png?lang=en&amp;from=${thenWave}&amp;to=${nowWave}&amp;chart=followers"`);
  });
});

describe("a chart's download", () => {
  it("is a standalone SVG to save, with a policy that forbids scripts, from approved data only", async () => {
    const response = await file("comparison.svg", "lang=en&platform=INSTAGRAM&asOf=2026-12-01&chart=reach");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="ashyq-reach-instagram-2026-12-01.svg"');
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("set-cookie")).toBeNull();
    const policy = response.headers.get("content-security-policy")!;
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toMatch(/script-src|unsafe/);
    const svg = await response.text();
    for (const marker of MARKERS) expect(svg).not.toContain(marker);
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="720" /);
    expect(svg).toContain(">Ashyq · data as of 1 December 2026</text>");
    expect(svg).toContain(">Reach on Instagram by official</text>");
    expect(svg).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(svg).not.toMatch(/<script/);
    expectOwnMarkup(svg);
    // sharp reads it as the SVG it is.
    expect((await sharp(Buffer.from(svg)).metadata()).format).toBe("svg");
  });

  it("is a PNG twice the SVG's width and height, for print and social media", async () => {
    const query = "lang=kk&platform=INSTAGRAM&chart=reach";
    const svg = await (await file("comparison.svg", query)).text();
    const [, width, height] = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg)!;
    const response = await file("comparison.png", query);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="ashyq-reach-instagram-live-\d{4}-\d{2}-\d{2}\.png"$/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(pngSize(Buffer.from(await response.arrayBuffer()))).toEqual({ width: 2 * Number(width), height: 2 * Number(height) });
    // A chart too tall for an image (hundreds of officials in one embed) is drawn as large as fits.
    expect(pngDensity(Number(height))).toBe(144);
    expect(pngDensity(8192)).toBe(144);
    expect(pngDensity(20_000)).toBe(58);
  });

  it("is cached like the embeds: 304 for the tag the reader holds, the SVG handed to the server's memory, a new approval within seconds", async () => {
    const query = "lang=en&platform=INSTAGRAM&chart=reach";
    const svg = await file("comparison.svg", query);
    const svgTag = svg.headers.get("etag")!;
    expect(svg.headers.get("cache-control")).toBe("public, no-cache");
    expect(svg.headers.get("vary")).toBe("Accept-Encoding");
    const notModified = await file("comparison.svg", query, { headers: { "If-None-Match": svgTag } });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get("content-disposition")).toBeNull();
    expect((await file("comparison.svg", query, { headers: { "Accept-Encoding": "gzip", "If-None-Match": gzipEtag(svgTag) } })).status).toBe(304);
    expect(freshPublishedResponse(`/embed/chart/comparison.svg?${query}`, Date.now())?.etag).toBe(svgTag);
    // Nobody gzips a PNG: its one tag answers, whatever the browser accepts, and it stays out of the server's memory.
    const png = await file("comparison.png", query, { headers: { "Accept-Encoding": "gzip" } });
    const pngTag = png.headers.get("etag")!;
    expect((await file("comparison.png", query, { headers: { "Accept-Encoding": "gzip", "If-None-Match": pngTag } })).status).toBe(304);
    expect(freshPublishedResponse(`/embed/chart/comparison.png?${query}`, Date.now())).toBeUndefined();

    await db.$transaction(async (tx) => {
      const approved = await createObservation(tx, {
        authorId: reporterId,
        officialId: akimId,
        accountId,
        existence: "FOUND",
        status: "APPROVED",
        observedAt: new Date(),
        followers: 4321,
      });
      await writeAuditEntry(tx, { actorId: reporterId, action: "observation.approve", entity: "observation", entityId: approved.id });
    });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const after = await file("comparison.svg", query, { headers: { "If-None-Match": svgTag } });
    expect(after.status).toBe(200);
    expect(await after.text()).toContain(">4,321</text>");
    expect((await file("comparison.png", query, { headers: { "If-None-Match": pngTag } })).status).toBe(200);
  });

  it("draws the change report's charts, and answers 404 where there is no chart to draw", async () => {
    const svg = await file("changes.svg", `lang=en&from=${thenWave}&to=${nowWave}&chart=accounts`);
    expect(svg.status).toBe(200);
    expect(svg.headers.get("content-disposition")).toBe(`attachment; filename="ashyq-accounts-${thenWave}-${nowWave}.svg"`);
    const text = await svg.text();
    expect(text).toContain(">Officials with an account, then and now</text>");
    expect(text).toContain(">Ashyq · then: survey wave “Август 2024”, closed: its figures do not change; now: survey wave");
    expect(text).toContain("still in progress");
    expect(pngSize(Buffer.from(await (await file("changes.png", `lang=en&from=${thenWave}&to=${nowWave}&chart=followers`)).arrayBuffer())).width).toBe(1440);
    for (const [name, query] of [
      ["comparison.svg", "lang=en"],
      ["comparison.png", "lang=en&chart=pie"],
      ["comparison.svg", "lang=en&chart=reach&akimats=nowhere"],
      ["changes.svg", `lang=en&from=${thenWave}&chart=accounts`],
      ["changes.png", `lang=en&from=${thenWave}&to=nosuchwave0000&chart=accounts`],
      ["comparison.gif", "lang=en&chart=reach"],
      ["official.svg", "lang=en&chart=reach"],
    ]) {
      const response = await file(name!, query!);
      expect(response.status, `${name}?${query}`).toBe(404);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    }
  });
});
