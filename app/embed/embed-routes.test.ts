import { createRequire } from "node:module";
import { beforeAll, describe, expect, it } from "vitest";
import { writeAuditEntry } from "@/lib/data/audit/write-audit-entry";
import { db } from "@/lib/db";
import { gzipEtag } from "@/lib/http/conditional-response";
import { clearPublishedRenderCache } from "@/lib/http/published-render-cache";
import { createAccount, createAkimat, createObservation, createOfficial, createUser, createWave } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { clearPublishedResponses, freshPublishedResponse } from "@/server/published-responses";
import { GET as changesEmbed } from "./changes/route";
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

/** An observation of the akim's Instagram approved now, audited as an approval is, so the publication version moves. */
async function approveNow(fields: { observedAt: Date; followers: number; waveId?: string }) {
  await db.$transaction(async (tx) => {
    const approved = await createObservation(tx, {
      authorId: reporterId,
      status: "APPROVED",
      existence: "FOUND",
      reviewedAt: new Date(),
      officialId: akimId,
      accountId,
      ...fields,
    });
    await writeAuditEntry(tx, { actorId: reporterId, action: "observation.approve", entity: "observation", entityId: approved.id });
  });
}

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

describe("the change embed (issue 16, part 4)", () => {
  let thenWave: string;
  let nowWave: string;
  const changes = (query: string, init?: RequestInit) => changesEmbed(new Request(`http://localhost/embed/changes?${query}`, init));

  beforeAll(async () => {
    const [region, city] = await Promise.all(["sko", "petropavlovsk"].map((slug) => db.akimat.findUniqueOrThrow({ where: { slug } })));
    const editor = await createUser(db, { role: "EDITOR", name: "Редактор Секретов" });
    const scope = { akimatIds: [region!.id, city!.id], platforms: ["INSTAGRAM", "FACEBOOK"] as ("INSTAGRAM" | "FACEBOOK")[] };
    thenWave = (
      await createWave(db, {
        ...scope,
        name: `Август 2024 <img src=x onerror=alert(1)>`,
        closedAt: new Date("2024-09-01T00:00:00Z"),
        methodology: "marker-methodology: только для репортёров",
      })
    ).id;
    nowWave = (
      await createWave(db, {
        ...scope,
        name: "Август 2026",
        opensOn: new Date("2026-08-01T00:00:00Z"),
        dueOn: new Date("2026-08-31T00:00:00Z"),
        methodology: "marker-methodology",
      })
    ).id;
    const hostile = await db.official.findFirstOrThrow({ where: { fullName: { startsWith: "<script>" } } });
    const deputy = await createOfficial(db, { fullName: "Айгуль Областная", akimatId: region!.id, position: { title: "DEPUTY_AKIM" } });
    const deputyFacebook = await createAccount(db, { officialId: deputy.id, platform: "FACEBOOK", label: "Айгуль" });
    const hostileAccount = await createAccount(db, { officialId: hostile.id, label: `"><script>alert(2)</script>` });
    const approved = { authorId: reporterId, reviewerId: editor.id, status: "APPROVED" as const, existence: "FOUND" as const, visibility: "PUBLIC" as const };
    const inThen = { ...approved, waveId: thenWave, observedAt: day("2024-08-28"), reviewedAt: day("2024-08-29") };
    const inNow = { ...approved, waveId: nowWave, observedAt: day("2026-08-20"), reviewedAt: day("2026-08-21") };
    await createObservation(db, { ...inThen, officialId: akimId, accountId, followers: 2400, followersApproximate: true, internalNote: "marker-internal" });
    await createObservation(db, { ...inNow, officialId: akimId, accountId, followers: 3100, publicNote: "marker-public-note" });
    await createObservation(db, { ...inThen, officialId: hostile.id, existence: "NOT_FOUND", visibility: null });
    await createObservation(db, { ...inNow, officialId: hostile.id, accountId: hostileAccount.id, followers: 50 });
    for (const wave of [inThen, inNow])
      await createObservation(db, { ...wave, officialId: deputy.id, platform: "FACEBOOK", accountId: deputyFacebook.id, friends: 700 });
    // Later in the open wave, larger, and never public: each carries a marker that must not appear anywhere.
    for (const [index, status] of UNPUBLISHED.entries()) {
      await createObservation(db, {
        ...inNow,
        status,
        reviewerId: null,
        reviewedAt: null,
        observedAt: day(`2026-08-2${index + 2}`),
        officialId: akimId,
        accountId,
        followers: 990001 + index,
        publicNote: `marker-${status}`,
        internalNote: `marker-${status}`,
      });
    }
  });

  it("shows two waves' changes from approved data only, escaped, with where each side stands", async () => {
    const html = await body(await changes(`lang=en&from=${thenWave}&to=${nowWave}`));
    for (const marker of ["990001", "990 001", "990,001", "marker-", "Секретов", thenWave, nowWave]) expect(html).not.toContain(marker);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toContain("<img");
    expect(html).toContain("<h1>What changed: “Август 2024 &lt;img src=x onerror=alert(1)&gt;” → “Август 2026”</h1>");
    expect(html).toContain("then: survey wave “Август 2024 &lt;img src=x onerror=alert(1)&gt;”, closed: its figures do not change");
    expect(html).toMatch(/now: survey wave “Август 2026”, still in progress: live, updated \d{1,2} \w+ \d{4}<\/p>/);
    // The largest move first: +700 from an approximate count, so marked, in numbers and per cent.
    expect(html).toContain('<span class="name">Серик Мухамедиев</span>');
    expect(html).toContain('<span class="num">≈ 2,400 followers</span><small>Public · activity unknown</small>');
    expect(html).toContain('<span class="num">≈ +700</span><small>≈ +29.2%</small>');
    expect(html.indexOf("Серик Мухамедиев")).toBeLessThan(html.indexOf("&lt;script&gt;alert(&quot;x&quot;)"));
    // A new account where the first wave found none; its name is escaped, and "not found" is no count.
    expect(html).toContain("Instagram · &quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;");
    expect(html).toContain('<span class="bad">Searched, not found</span>');
    expect(html).toContain("<span>new account</span>");
    // The region's deputy changed nothing: counted, not listed.
    expect(html).not.toContain("Айгуль Областная");
    expect(html).toContain("1 official shows no change (or their accounts were not looked at again).");
    // Per akimat, what an article prints.
    expect(html).toMatch(
      /<th scope="row"><span class="name">Petropavlovsk City Akimat<\/span><\/th><td data-label="Officials">2<\/td><td data-label="No account then">1 of 2<\/td><td data-label="No account now">0 of 2<\/td>/,
    );
    expect(html).toContain("then ≈ 2,400, now 1,575");
    expect(html).toContain("new account: 1");
    expect(html).toContain('<a href="/methodology?lang=en#open-data">');
    expect(html).toContain('<a href="/methodology?lang=en">How we count</a>');
  });

  it("speaks Russian and Kazakh", async () => {
    expect(await body(await changes(`from=${thenWave}&to=${nowWave}`))).toContain("<h1>Что изменилось: «Август 2024");
    expect(await body(await changes(`lang=kk&from=${thenWave}&to=${nowWave}`))).toContain("<h1>Не өзгерді: «Август 2024");
  });

  it("narrows to an article's akimats", async () => {
    const city = await body(await changes(`lang=en&from=${thenWave}&to=${nowWave}&akimats=petropavlovsk`));
    expect(city).toContain("Серик Мухамедиев");
    expect(city).not.toContain("North Kazakhstan Region Akimat");
    const region = await body(await changes(`lang=en&from=${thenWave}&to=${nowWave}&akimats=sko`));
    expect(region).not.toContain("Серик Мухамедиев");
    expect(region).toContain("Nothing changed between the two.");
    expect(region).toContain("then 700, now 700");
    expect(await body(await changes(`lang=en&from=${thenWave}&to=${nowWave}&akimats=nowhere`))).toContain("None of the akimats chosen is in this comparison.");
  });

  it("reads a past day by the as-of rule, and says it is fixed", async () => {
    const html = await body(await changes(`lang=en&from=2024-01-01&to=${thenWave}`));
    expect(html).toContain("<h1>What changed: 1 January 2024 → “Август 2024");
    expect(html).toContain("then: data as of 1 January 2024; now: survey wave");
    expect(html).not.toContain("live");
  });

  it("says plainly when its address names no two sides or a wave that is not there", async () => {
    for (const query of [
      "lang=en",
      `lang=en&from=${thenWave}`,
      `lang=en&from=${thenWave}&to=nosuchwave0000`,
      "lang=en&from=2024-02-31&to=2024-08-31",
      "from=';drop&to=2024-08-31",
    ]) {
      const response = await changes(query);
      expect(response.status, query).toBe(404);
      expect(response.headers.get("set-cookie")).toBeNull();
      expect(response.headers.get("content-security-policy")).toContain("frame-ancestors *");
      const html = await response.text();
      expect(html, query).toMatch(/Comparison not found|Сравнение не найдено/);
      expect(html.match(/<script/g)).toHaveLength(1);
    }
  });

  it("is cached like the other embeds: 304 with the same Vary, handed to the server, and a closed pair stays as published", async () => {
    const pinned = `lang=en&from=2024-01-01&to=${thenWave}`;
    const live = `lang=en&from=${thenWave}&to=${nowWave}&akimats=petropavlovsk`;
    const first = await changes(pinned);
    const etag = first.headers.get("etag")!;
    expect(first.headers.get("cache-control")).toBe("public, no-cache");
    const notModified = await changes(pinned, { headers: { "If-None-Match": etag } });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get("vary")).toBe("Accept-Encoding");
    expect(freshPublishedResponse(`/embed/changes?${pinned}`, Date.now())?.etag).toBe(etag);
    const liveEtag = (await changes(live)).headers.get("etag")!;

    // Approved now: late for the closed wave, which does not take it, and in time for the open one.
    await db.$transaction(async (tx) => {
      const base = { authorId: reporterId, status: "APPROVED" as const, existence: "FOUND" as const, reviewedAt: new Date(), officialId: akimId, accountId };
      const late = await createObservation(tx, { ...base, waveId: thenWave, observedAt: day("2024-08-30"), followers: 5555 });
      const fresh = await createObservation(tx, { ...base, waveId: nowWave, observedAt: day("2026-08-30"), followers: 4200, visibility: "CLOSED" });
      for (const approved of [late, fresh])
        await writeAuditEntry(tx, { actorId: reporterId, action: "observation.approve", entity: "observation", entityId: approved.id });
    });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await changes(pinned, { headers: { "If-None-Match": etag } })).status).toBe(304);
    const after = await changes(live, { headers: { "If-None-Match": liveEtag } });
    expect(after.status).toBe(200);
    const html = await after.text();
    expect(html).toContain("4,200 followers</span><small>Closed (followers only)</small>");
    expect(html).toContain("<span>closed</span>");
    expect(html).not.toContain("5,555");
  });

  it("pins the comparison and an official's card to a survey wave (issue 16, part 5): a closed one never moves", async () => {
    const comparison = (query: string, init?: RequestInit) => comparisonEmbed(new Request(`http://localhost/embed/comparison?${query}`, init));
    const card = (query: string) =>
      officialEmbed(new Request(`http://localhost/embed/official/${akimId}?${query}`), { params: Promise.resolve({ id: akimId }) });
    const pinned = `lang=en&akimats=petropavlovsk&platform=INSTAGRAM&wave=${thenWave}`;
    const first = await comparison(pinned);
    const etag = first.headers.get("etag")!;
    const html = await first.text();
    // What the wave published by its close: the survey's 2 400, not the later or late-approved counts.
    expect(html).toContain("2,400 followers");
    expect(html).not.toMatch(/3,100|4,200|5,555/);
    expect(html).toContain("survey wave “Август 2024 &lt;img src=x onerror=alert(1)&gt;”, closed");
    expect(html).toContain("these figures will not change");
    expect(html).not.toContain("marker-");
    const cardHtml = await body(await card(`lang=en&wave=${thenWave}`));
    expect(cardHtml).toContain("2,400 followers");
    expect(cardHtml).toContain("these figures will not change");

    await approveNow({ waveId: thenWave, observedAt: day("2024-08-31"), followers: 6666 });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await comparison(pinned, { headers: { "If-None-Match": etag } })).status).toBe(304);

    // The open wave says it is in progress; a wave that is not there leaves the embed live rather than broken.
    expect(await body(await comparison(`lang=en&wave=${nowWave}`))).toContain(`survey wave “Август 2026”, in progress`);
    const gone = await body(await comparison("lang=en&wave=cm0nosuchwave"));
    expect(gone).toContain("live: the latest published data");
  });

  it("pins a day to what was published by the article's day (decision 0007): a later approval of an earlier look moves nothing", async () => {
    const comparison = (query: string, init?: RequestInit) => comparisonEmbed(new Request(`http://localhost/embed/comparison?${query}`, init));
    const card = (query: string) =>
      officialEmbed(new Request(`http://localhost/embed/official/${akimId}?${query}`), { params: Promise.resolve({ id: akimId }) });
    // Observed before the pinned day, approved ten days after it: not published yet when the article went out.
    await createObservation(db, {
      authorId: reporterId,
      status: "APPROVED",
      existence: "FOUND",
      reviewedAt: day("2024-09-10"),
      officialId: akimId,
      accountId,
      observedAt: day("2024-08-30"),
      followers: 5151,
    });
    const pinned = "lang=en&akimats=petropavlovsk&platform=INSTAGRAM&asOf=2024-08-31&published=2024-09-02";
    const first = await comparison(pinned);
    const etag = first.headers.get("etag")!;
    const html = await first.text();
    expect(html).toContain("2,400 followers");
    expect(html).not.toMatch(/5,151|6,666/);
    expect(html).toMatch(/data as of 31 August 2024, as published on 2 September 2024/);
    expect(await body(await card("lang=en&asOf=2024-08-31&published=2024-09-02"))).toContain("2,400 followers");
    // Published on the day of the approval, it is there; the same day as the figures' own is said once.
    expect(await body(await comparison("lang=en&akimats=petropavlovsk&platform=INSTAGRAM&asOf=2024-08-31&published=2024-09-10"))).toContain("5,151 followers");
    expect(await body(await comparison("lang=en&akimats=petropavlovsk&asOf=2024-08-31&published=2024-08-31"))).not.toContain("as published on");

    await approveNow({ observedAt: day("2024-08-31"), followers: 7373 });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await comparison(pinned, { headers: { "If-None-Match": etag } })).status).toBe(304);
    // Without a day of publication, a day shows what is approved now (decision 0006), as older addresses always did.
    expect(await body(await comparison("lang=en&akimats=petropavlovsk&platform=INSTAGRAM&asOf=2024-08-31"))).toContain("7,373 followers");
  });

  it("cuts a day's side at the article's day of publication (decision 0007): a later approval moves nothing there", async () => {
    // Observed on the pinned day, the latest of it, approved three weeks later.
    await approveNow({ observedAt: new Date("2024-08-31T10:00:00Z"), followers: 8181 });
    const pinned = `lang=en&from=${thenWave}&to=2024-08-31&published=2024-09-02&akimats=petropavlovsk`;
    const first = await changes(pinned);
    const etag = first.headers.get("etag")!;
    const html = await first.text();
    expect(html).toContain("now: data as of 31 August 2024, as published on 2 September 2024");
    expect(html).not.toContain("8,181");
    // Without a day of publication, the day shows what is approved now (decision 0006).
    expect(await body(await changes(`lang=en&from=${thenWave}&to=2024-08-31&akimats=petropavlovsk`))).toContain("8,181");

    await approveNow({ observedAt: new Date("2024-08-31T11:00:00Z"), followers: 9292 });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await changes(pinned, { headers: { "If-None-Match": etag } })).status).toBe(304);
  });
});
