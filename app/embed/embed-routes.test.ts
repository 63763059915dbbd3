import { createRequire } from "node:module";
import { beforeAll, describe, expect, it } from "vitest";
import { writeAuditEntry } from "@/lib/data/audit/write-audit-entry";
import { db } from "@/lib/db";
import { gzipEtag } from "@/lib/http/conditional-response";
import { clearPublishedRenderCache } from "@/lib/http/published-render-cache";
import { createAccount, createAkimat, createObservation, createOfficial, createUser } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { clearPublishedResponses, freshPublishedResponse } from "@/server/published-responses";
import { GET as comparisonEmbed } from "./comparison/route";
import { GET as officialEmbed } from "./official/[id]/route";

withTestDatabase();

const day = (iso: string) => new Date(`${iso}T07:00:00Z`);
const UNPUBLISHED = ["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "REJECTED", "RETRACTED"] as const;
let akimId: string;
let reporterId: string;
let accountId: string;

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
  await createOfficial(db, { fullName: `<script>alert("x")</script><img src=x onerror=alert(1)>`, akimatId: city.id, position: { title: "DEPUTY_AKIM" } });
  const instagram = await createAccount(db, { officialId: akim.id, platform: "INSTAGRAM", url: "javascript:alert(1)" });
  accountId = instagram.id;
  const base = { authorId: reporter.id, officialId: akim.id, accountId: instagram.id, existence: "FOUND" as const, visibility: "PUBLIC" as const };
  await createObservation(db, {
    ...base,
    status: "APPROVED",
    observedAt: day("2024-08-28"),
    followers: 2400,
    followersApproximate: true,
    lastPostAt: new Date("2024-08-26T00:00:00Z"),
    liveStreams: true,
    internalNote: "marker-internal: запрос в пресс-службу отправлен",
  });
  // Newer, and never public: each carries a marker that must not appear anywhere.
  for (const [index, status] of UNPUBLISHED.entries()) {
    await createObservation(db, {
      ...base,
      status,
      observedAt: day("2024-09-0" + (index + 1)),
      followers: 990001 + index,
      publicNote: `marker-${status}`,
      internalNote: `marker-${status}`,
    });
  }
});

const body = async (response: Response) => {
  expect(response.status).toBe(200);
  expect(response.headers.get("set-cookie")).toBeNull();
  return response.text();
};

describe("the embeds", () => {
  it("show only published figures, in every metric and language, escaped", async () => {
    for (const query of ["lang=en", "lang=ru&metric=activity", "lang=kk&metric=openness", "lang=en&platform=INSTAGRAM&akimats=petropavlovsk"]) {
      const html = await body(await comparisonEmbed(new Request(`http://localhost/embed/comparison?${query}`)));
      for (const marker of ["990001", "990 001", "990,001", "marker-", "Репортёр"]) expect(html, query).not.toContain(marker);
      expect(html.match(/<script/g), query).toHaveLength(1);
      expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;");
      expect(html).not.toContain("javascript:");
    }
    const en = await body(await comparisonEmbed(new Request("http://localhost/embed/comparison?lang=en&asOf=2024-08-31")));
    expect(en).toContain("≈ 2,400 followers");
    // Pinned to a day, or live: the embed says which (issue 17, part 5).
    expect(en).toContain("data as of 31 August 2024</p>");
    expect(en).not.toContain("live");
    const live = await body(await comparisonEmbed(new Request("http://localhost/embed/comparison?lang=en")));
    expect(live).toMatch(/live: the latest published data, updated \d{1,2} \w+ \d{4}<\/p>/);
    expect(live).not.toContain("data as of");
    const activity = await body(await comparisonEmbed(new Request("http://localhost/embed/comparison?lang=en&metric=activity&asOf=2024-08-31")));
    expect(activity).toContain("active");
    const openness = await body(await comparisonEmbed(new Request("http://localhost/embed/comparison?lang=en&metric=openness&asOf=2024-08-31")));
    // Found, public, live streams recorded; attribution, personal content and replies not: 3 of 6, withheld.
    expect(openness).toContain("not enough assessed");
    expect(openness).toContain("3 of 6 parts assessed");
    expect(openness).toContain('public account (on Instagram) <span class="num">20/20</span>');
    expect(openness).toContain("answers people <i>not assessed</i>");
    expect(openness).not.toContain("of 100");
  });

  it("gives an official's card, and 404 for an unknown one", async () => {
    const html = await body(
      await officialEmbed(new Request(`http://localhost/embed/official/${akimId}?lang=en&asOf=2024-08-31`), { params: Promise.resolve({ id: akimId }) }),
    );
    expect(html).toContain("Серик Мухамедиев");
    expect(html).toContain("≈ 2,400 followers");
    expect(html).not.toContain("990001");
    expect(html).not.toContain("marker-");
    const missing = await officialEmbed(new Request("http://localhost/embed/official/nobody"), { params: Promise.resolve({ id: "nobody" }) });
    expect(missing.status).toBe(404);
  });

  it("answers a conditional request with 304, and shows a new approval within seconds", async () => {
    const url = "http://localhost/embed/comparison?lang=en&platform=INSTAGRAM";
    const first = await comparisonEmbed(new Request(url));
    const etag = first.headers.get("etag")!;
    expect((await comparisonEmbed(new Request(url, { headers: { "If-None-Match": etag } }))).status).toBe(304);
    // An article's embed pinned to a past day: re-rendered at the new version, it is the same page with the same tag.
    const pinnedUrl = "http://localhost/embed/comparison?lang=en&platform=INSTAGRAM&asOf=2024-08-31";
    const pinnedEtag = (await comparisonEmbed(new Request(pinnedUrl))).headers.get("etag")!;

    await db.$transaction(async (tx) => {
      const approved = await createObservation(tx, {
        authorId: reporterId,
        officialId: akimId,
        accountId,
        existence: "FOUND",
        status: "APPROVED",
        observedAt: new Date(),
        followers: 3100,
      });
      await writeAuditEntry(tx, { actorId: reporterId, action: "observation.approve", entity: "observation", entityId: approved.id });
    });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    // What server/index.ts would still send from memory has gone stale by now: the next reader reaches the route.
    expect(freshPublishedResponse("/embed/comparison?lang=en&platform=INSTAGRAM", Date.now())).toBeUndefined();
    const after = await comparisonEmbed(new Request(url, { headers: { "If-None-Match": etag } }));
    expect(after.status).toBe(200);
    expect(await after.text()).toContain("3,100 followers");
    expect((await comparisonEmbed(new Request(pinnedUrl, { headers: { "If-None-Match": pinnedEtag } }))).status).toBe(304);
  });

  it("answers 304 only for the representation the browser holds: the gzipped one has a tag of its own", async () => {
    const url = "http://localhost/embed/comparison?lang=ru&metric=activity";
    const plain = await comparisonEmbed(new Request(url));
    const plainTag = plain.headers.get("etag")!;
    const gzipTag = gzipEtag(plainTag);
    // Next gzips the body on the way out, and server/index.ts then marks the tag (server/public-headers.test.ts).
    const toGzip = await comparisonEmbed(new Request(url, { headers: { "Accept-Encoding": "gzip, deflate, br" } }));
    expect(await toGzip.text()).toBe(await plain.text());
    for (const response of [plain, toGzip]) expect(response.headers.get("vary")).toBe("Accept-Encoding");
    const notModified = await comparisonEmbed(new Request(url, { headers: { "Accept-Encoding": "gzip", "If-None-Match": gzipTag } }));
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get("vary")).toBe("Accept-Encoding");
    expect(notModified.headers.get("etag")).toBe(gzipTag);
    expect((await comparisonEmbed(new Request(url, { headers: { "Accept-Encoding": "gzip", "If-None-Match": plainTag } }))).status).toBe(200);
    expect((await comparisonEmbed(new Request(url, { headers: { "Accept-Encoding": "identity", "If-None-Match": gzipTag } }))).status).toBe(200);
    expect((await comparisonEmbed(new Request(url, { headers: { "Accept-Encoding": "identity", "If-None-Match": plainTag } }))).status).toBe(304);
  });

  it("hands server/index.ts the response it sent, headers and all, fresh for at most a second", async () => {
    const before = Date.now();
    const response = await comparisonEmbed(new Request("http://localhost/embed/comparison?lang=kk&akimats=sko%2Cpetropavlovsk"));
    const sent = Buffer.from(await response.arrayBuffer());
    const handedOver = freshPublishedResponse("/embed/comparison?lang=kk&akimats=sko,petropavlovsk", Date.now());
    expect(handedOver?.body).toEqual(sent);
    expect(handedOver?.freshUntil).toBeLessThanOrEqual(Date.now() + 1000);
    expect(handedOver?.freshUntil).toBeGreaterThan(before);
    for (const [name, value] of response.headers)
      expect([name, handedOver?.headers[Object.keys(handedOver.headers).find((key) => key.toLowerCase() === name)!]]).toEqual([name, value]);
    // Including every header next.config.js gives an embed, which the server's answers from memory do not pass
    // through: matched the way Next matches `headers()` sources, so a header added there later cannot be missed here.
    const require = createRequire(import.meta.url);
    const nextConfig = require("../../next.config.js") as { headers: () => Promise<{ source: string; headers: { key: string; value: string }[] }[]> };
    const { pathToRegexp } = require("next/dist/compiled/path-to-regexp") as { pathToRegexp: (source: string) => RegExp };
    const configured = (await nextConfig.headers()).filter((rule) => pathToRegexp(rule.source).test("/embed/comparison")).flatMap((rule) => rule.headers);
    expect(configured.map((header) => header.key)).toContain("X-Content-Type-Options");
    const handedOverHeaders = Object.fromEntries(Object.entries(handedOver?.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
    for (const { key, value } of configured) expect([key, handedOverHeaders[key.toLowerCase()]]).toEqual([key, value]);
  });
});
