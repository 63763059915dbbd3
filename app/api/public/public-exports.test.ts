/**
 * The open-data exports, called as route handlers against a real database: only approved, non-retracted
 * observations; nobody's identity, no review comment, no internal note, no screenshot; the public note;
 * spreadsheet-safe CSV; conditional requests.
 */
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { forgetOpenDataDumps, startDump } from "@/lib/data/public/open-data-dumps";
import { db } from "@/lib/db";
import { PUBLIC_CACHE_CONTROL } from "@/lib/http/conditional-response";
import { createAccount, createAkimat, createObservation, createOfficial, createUser } from "@/lib/testing/factories";
import { withTestDatabase } from "@/lib/testing/test-database";
import { GET as observationsCsv } from "./observations.csv/route";
import { GET as observationsJson } from "./observations.json/route";
import { GET as officialsJson } from "./officials.json/route";
import { GET as popoloJson } from "./popolo.json/route";

withTestDatabase();

const ENDPOINTS = { "observations.csv": observationsCsv, "observations.json": observationsJson, "officials.json": officialsJson, "popolo.json": popoloJson };
type Endpoint = keyof typeof ENDPOINTS;
const call = (endpoint: Endpoint, query = "", headers: HeadersInit = {}) =>
  ENDPOINTS[endpoint](new Request(`http://localhost/api/public/${endpoint}${query}`, { headers }));
const json = async (endpoint: Endpoint, query = "") => (await call(endpoint, query)).json();

const UNPUBLISHED = ["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "REJECTED", "RETRACTED"] as const;
/** Text that must never leave the newsroom, whatever the export. Filled in as the records are made. */
const secrets = [
  "IDEMPOTENCY-SECRET",
  "SCREENSHOT-SECRET",
  "THUMBNAIL-SECRET",
  "REVIEW-COMMENT-SECRET",
  "INTERNAL-NOTE-SECRET",
  "UNPUBLISHED-ACCOUNT",
  "Тайный Репортёр",
  "Секретный Редактор",
];
const ids: Record<string, string> = {};

beforeAll(async () => {
  const reporter = await createUser(db, { name: "Тайный Репортёр", email: "reporter-secret@test.ashyq" });
  const editor = await createUser(db, { name: "Секретный Редактор", email: "editor-secret@test.ashyq", role: "EDITOR" });
  secrets.push(reporter.id, editor.id, reporter.email, editor.email);

  const region = await createAkimat(db, { slug: "sko", name: "Акимат Северо-Казахстанской области", nameKk: "СҚО әкімдігі", level: "REGION" });
  const nura = await createAkimat(db, { slug: "nura", name: "Акимат района Нура", level: "DISTRICT", endedOn: null });
  const deputy = await createOfficial(db, {
    fullName: "Жусуп Жумагулов",
    fullNameLatin: "Zhusup Zhumagulov",
    akimatId: region.id,
    position: { title: "DEPUTY_AKIM", startedOn: new Date("2024-07-01T00:00:00Z") },
  });
  await db.position.create({ data: { officialId: deputy.id, akimatId: nura.id, title: "AKIM", endedOn: new Date("2024-07-01T00:00:00Z") } });
  const firstDeputy = await createOfficial(db, { fullName: "Марат Тасмаганбетов", akimatId: region.id, position: { title: "FIRST_DEPUTY_AKIM" } });
  const instagram = await createAccount(db, {
    officialId: deputy.id,
    platform: "INSTAGRAM",
    handle: "zhumagulov",
    url: "https://www.instagram.com/zhumagulov/",
  });
  const hidden = await createAccount(db, { officialId: deputy.id, platform: "TELEGRAM", kind: "CHANNEL", handle: "UNPUBLISHED-ACCOUNT" });
  ids.deputy = deputy.id;
  ids.firstDeputy = firstDeputy.id;

  const approved = { authorId: reporter.id, reviewerId: editor.id, reviewedAt: new Date("2024-09-02T10:00:00Z"), status: "APPROVED" as const };
  const june = await createObservation(db, {
    ...approved,
    officialId: deputy.id,
    accountId: instagram.id,
    observedAt: new Date("2024-06-15T07:00:00Z"),
    followers: 9000,
    followersRaw: "9 тыс.",
    followersApproximate: true,
  });
  const august = await createObservation(db, {
    ...approved,
    officialId: deputy.id,
    accountId: instagram.id,
    observedAt: new Date("2024-08-28T07:00:00Z"),
    observedAtPrecision: "MONTH",
    // "The last post was in July", "a live stream some time in 2023": kept as each period's last day.
    lastPostAt: new Date("2024-07-31T00:00:00Z"),
    lastPostAtPrecision: "MONTH",
    liveStreams: true,
    lastLiveAt: new Date("2023-12-31T00:00:00Z"),
    lastLiveAtPrecision: "YEAR",
    followers: 10000,
    followersRaw: "около 10 тысяч",
    followersApproximate: true,
    publicNote: '=HYPERLINK("http://evil.example","клик") — отвечает на комментарии сам',
    internalNote: "INTERNAL-NOTE-SECRET: запрос в пресс-службу отправлен",
    contentKinds: ["OFFICIAL_WORK", "FAMILY"],
    languages: ["RUSSIAN", "KAZAKH"],
    idempotencyKey: "IDEMPOTENCY-SECRET",
  });
  // 01:30 on 1 September in Petropavlovsk: the day after 31 August there, though still 31 August in UTC.
  const september = await createObservation(db, {
    ...approved,
    officialId: deputy.id,
    accountId: instagram.id,
    observedAt: new Date("2024-08-31T20:30:00Z"),
    followers: 10100,
  });
  const notFound = await createObservation(db, {
    ...approved,
    officialId: firstDeputy.id,
    platform: "INSTAGRAM",
    existence: "NOT_FOUND",
    observedAt: new Date("2024-08-28T07:00:00Z"),
  });
  Object.assign(ids, { june: june.id, august: august.id, september: september.id, notFound: notFound.id });

  await db.evidence.create({ data: { observationId: august.id, kind: "LINK", url: "https://web.archive.org/web/2024/https://www.instagram.com/zhumagulov/" } });
  await db.evidence.create({ data: { observationId: notFound.id, kind: "LINK", url: "https://web.archive.org/web/2024/instagram-search" } });
  await db.evidence.create({
    data: { observationId: august.id, kind: "SCREENSHOT", storageKey: "SCREENSHOT-SECRET.png", thumbnailKey: "THUMBNAIL-SECRET.webp", mimeType: "image/png" },
  });
  await db.review.create({
    data: { observationId: august.id, observationAuthorId: august.authorId, editorId: editor.id, decision: "APPROVED", comment: "REVIEW-COMMENT-SECRET" },
  });

  for (const status of UNPUBLISHED) {
    const marker = `MARKER-${status}`;
    secrets.push(marker, `RAW-${status}`);
    const observation = await createObservation(db, {
      authorId: reporter.id,
      officialId: deputy.id,
      accountId: status === "DRAFT" ? hidden.id : instagram.id,
      platform: status === "DRAFT" ? "TELEGRAM" : "INSTAGRAM",
      status,
      observedAt: new Date("2024-09-10T07:00:00Z"),
      followers: 99999,
      followersRaw: `RAW-${status}`,
      publicNote: marker,
      internalNote: marker,
    });
    secrets.push(observation.id);
  }
});

describe("the public exports", () => {
  it.each(Object.keys(ENDPOINTS) as Endpoint[])("%s shows no unpublished observation, identity, review comment or screenshot", async (endpoint) => {
    const response = await call(endpoint);
    expect(response.status).toBe(200);
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(response.headers.get("cache-control")).toBe(PUBLIC_CACHE_CONTROL);
    expect(response.headers.get("vary")).toBe("Accept-Encoding");
    expect(new Date(response.headers.get("last-modified")!).getTime()).toBeLessThanOrEqual(Date.now());
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("content-type")).toMatch(/; charset=utf-8$/);
    const body = await response.text();
    expect(body).toContain("Жусуп Жумагулов");
    for (const secret of secrets) expect(body, secret).not.toContain(secret);
    expect(body).not.toMatch(/reviewer|author|idempotency|storageKey|internal_?note/i);
  });

  it.each(Object.keys(ENDPOINTS) as Endpoint[])("%s answers a conditional request for the same version with 304 and no body", async (endpoint) => {
    const first = await call(endpoint);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await call(endpoint, "", { "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    expect((await call(endpoint, "?asOf=2024-06-30", { "If-None-Match": etag })).status).toBe(200);
  });

  it("refuses an as-of date that is not a calendar day", async () => {
    const response = await call("observations.json", "?asOf=31.08.2024");
    expect(response.status).toBe(400);
  });
});

describe("observations.csv", () => {
  it("is UTF-8 with a byte-order mark, CRLF rows, Cyrillic intact and formulas neutralised", async () => {
    const response = await call("observations.csv");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="observations.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    const lines = text.slice(1).split("\r\n");
    // Every text cell is quoted (lib/domain/csv.ts), so the file is read as a spreadsheet would, not split by hand.
    const [header, ...rows] = parse(text, { bom: true }) as string[][];
    expect(header!.slice(0, 9)).toEqual([
      "observation_id",
      "official_id",
      "official_name",
      "official_name_latin",
      "akimat_ids",
      "akimats",
      "titles",
      "titles_ru",
      "platform",
    ]);
    expect(lines[0]).toMatch(/^"observation_id","official_id",/);
    expect(lines).toHaveLength(4 + 2); // header, four published observations, and the empty string after the last CRLF
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""клик"") — отвечает на комментарии сам"`);
    expect(header).toContain("public_note");
    expect(header).not.toContain("notes");
    expect(rows.find((row) => row[0] === ids.august)![header!.indexOf("public_note")]).toBe(
      `'=HYPERLINK("http://evil.example","клик") — отвечает на комментарии сам`,
    );
    expect(text).toContain("около 10 тысяч");
    const notFound = rows.find((row) => row[0] === ids.notFound)!;
    const cell = (name: string) => notFound[header!.indexOf(name)];
    expect([cell("existence"), cell("account_id"), cell("followers"), cell("followers_raw"), cell("friends")]).toEqual(["NOT_FOUND", "", "", "", ""]);
    // Dates at their precision, the precision beside each; none for a date that is not there.
    const august = rows.find((row) => row[0] === ids.august)!;
    const of = (row: string[], name: string) => row[header!.indexOf(name)];
    expect(
      ["observed_at", "observed_at_precision", "last_post_at", "last_post_at_precision", "last_live_at", "last_live_at_precision"].map((name) =>
        of(august, name),
      ),
    ).toEqual(["2024-08", "MONTH", "2024-07", "MONTH", "2023", "YEAR"]);
    expect([cell("observed_at_precision"), cell("last_post_at"), cell("last_post_at_precision")]).toEqual(["DAY", "", ""]);
    expect(header).not.toContain("observed_at_approximate");
  });

  it("names the as-of day in the file name", async () => {
    const response = await call("observations.csv", "?asOf=2024-08-31");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="observations-as-of-2024-08-31.csv"');
  });
});

describe("observations.json", () => {
  it("describes itself and lists the history, with the posts held on each observation's day", async () => {
    const { meta, data } = await json("observations.json");
    expect(meta).toMatchObject({ asOf: null, licence: "CC BY 4.0", licenceUrl: "https://creativecommons.org/licenses/by/4.0/", publisher: "Ashyq", count: 4 });
    expect(meta.source).toBe("http://localhost/api/public/observations.json");
    expect(Date.parse(meta.generatedAt)).not.toBeNaN();
    expect(data.map((o: { id: string }) => o.id)).toEqual([ids.june, ids.august, ids.notFound, ids.september]);
    const [june, august] = data;
    expect(june.positions.map((p: { title: string; akimat: { slug: string } }) => [p.title, p.akimat.slug])).toEqual([["AKIM", "nura"]]);
    expect(august.positions).toMatchObject([{ title: "DEPUTY_AKIM", titleRu: "Заместитель акима", akimat: { slug: "sko", level: "REGION" } }]);
    expect(august).toMatchObject({
      official: { id: ids.deputy, name: "Жусуп Жумагулов", nameLatin: "Zhusup Zhumagulov" },
      account: { platform: "INSTAGRAM", kind: "PERSONAL_PROFILE", handle: "zhumagulov", url: "https://www.instagram.com/zhumagulov/", label: null },
      // Known only to the month: published as the month, not as the day it was entered with.
      observedAt: "2024-08",
      observedAtPrecision: "MONTH",
      lastPostAt: "2024-07",
      lastPostAtPrecision: "MONTH",
      lastLiveAt: "2023",
      lastLiveAtPrecision: "YEAR",
      followers: { value: 10000, raw: "около 10 тысяч", approximate: true },
      friends: null,
      contentKinds: ["OFFICIAL_WORK", "FAMILY"],
      sourceUrls: ["https://web.archive.org/web/2024/https://www.instagram.com/zhumagulov/"],
      approvedAt: "2024-09-02T10:00:00.000Z",
      publicNote: '=HYPERLINK("http://evil.example","клик") — отвечает на комментарии сам',
    });
    expect(august).not.toHaveProperty("notes");
    expect(data.find((o: { id: string }) => o.id === ids.june)).toMatchObject({
      publicNote: null,
      observedAt: "2024-06-15T07:00:00.000Z",
      observedAtPrecision: "DAY",
      lastPostAt: null,
      lastPostAtPrecision: null,
      lastLiveAt: null,
      lastLiveAtPrecision: null,
    });
    expect(data.find((o: { id: string }) => o.id === ids.notFound)).toMatchObject({ existence: "NOT_FOUND", account: null, followers: null, posts: null });
  });

  it("keeps to the end of the as-of day in newsroom time", async () => {
    const lastAugust = await json("observations.json", "?asOf=2024-08-31");
    expect(lastAugust.meta).toMatchObject({ asOf: "2024-08-31", count: 3, source: "http://localhost/api/public/observations.json?asOf=2024-08-31" });
    expect(lastAugust.data.map((o: { id: string }) => o.id)).not.toContain(ids.september);
    expect((await json("observations.json", "?asOf=2024-09-01")).meta.count).toBe(4);
  });
});

describe("officials.json", () => {
  it("lists officials with their posts, only the accounts published observations are about, and what is current", async () => {
    const { meta, data } = await json("officials.json");
    expect(meta.count).toBe(2);
    const deputy = data.find((o: { id: string }) => o.id === ids.deputy);
    expect(deputy.positions.map((p: { title: string; endedOn: string | null }) => [p.title, p.endedOn])).toEqual([
      ["AKIM", "2024-07-01"],
      ["DEPUTY_AKIM", null],
    ]);
    expect(deputy.accounts.map((a: { handle: string }) => a.handle)).toEqual(["zhumagulov"]);
    expect(deputy.current.map((o: { id: string }) => o.id)).toEqual([ids.september]);
    const asOf = await json("officials.json", "?asOf=2024-08-31");
    expect(asOf.data.find((o: { id: string }) => o.id === ids.deputy).current.map((o: { id: string }) => o.id)).toEqual([ids.august]);
    const firstDeputy = data.find((o: { id: string }) => o.id === ids.firstDeputy);
    expect(firstDeputy.current).toMatchObject([{ existence: "NOT_FOUND", account: null, followers: null }]);
  });
});

describe("popolo.json", () => {
  it("maps the registry to persons, organizations and memberships, with observations as an extension", async () => {
    const doc = await json("popolo.json");
    expect(doc.meta.count).toBe(doc.x_ashyq_observations.length);
    expect(doc.persons.find((p: { id: string }) => p.id === ids.deputy)).toMatchObject({
      name: "Жусуп Жумагулов",
      other_names: [{ name: "Zhusup Zhumagulov" }],
      links: [{ url: "https://www.instagram.com/zhumagulov/" }],
    });
    expect(doc.organizations.map((o: { classification: string }) => o.classification)).toEqual(["region", "district"]);
    expect(
      doc.memberships
        .filter((m: { person_id: string }) => m.person_id === ids.deputy)
        .map((m: { role: string; x_ashyq_title: string }) => [m.role, m.x_ashyq_title]),
    ).toEqual([
      ["Аким", "AKIM"],
      ["Заместитель акима", "DEPUTY_AKIM"],
    ]);
    expect(doc.x_ashyq_accounts.map((a: { handle: string }) => a.handle)).toEqual(["zhumagulov"]);
  });

  it("carries what is published now about each official, not the history, which it names (decision 0016)", async () => {
    const doc = await json("popolo.json");
    // The account's latest (September) and the search that found none: not June's or August's look.
    expect(doc.x_ashyq_observations.map((o: { id: string }) => o.id)).toEqual([ids.notFound, ids.september]);
    expect(doc.meta).toMatchObject({ count: 2, x_ashyq_history: "http://localhost/api/public/observations.json" });
    // As of a day, the latest then; the history's address keeps the filters.
    const asOf = await json("popolo.json", "?asOf=2024-08-31");
    expect(asOf.x_ashyq_observations.map((o: { id: string }) => o.id)).toEqual([ids.august, ids.notFound]);
    expect(asOf.meta.x_ashyq_history).toBe("http://localhost/api/public/observations.json?asOf=2024-08-31");
  });

  it("gives each person the evidence of what is current about them as sources, not the history's", async () => {
    const doc = await json("popolo.json");
    const person = (id: string) => doc.persons.find((p: { id: string }) => p.id === id);
    // The search that found no account is the first deputy's latest on Instagram, with its archive link.
    expect(person(ids.firstDeputy!).sources).toEqual([
      { url: "https://web.archive.org/web/2024/instagram-search", note: "Evidence for the search on Instagram that found no account, observed 2024-08-28" },
    ]);
    // August's link was the account's evidence until September's look, which gave none.
    expect(person(ids.deputy!).sources).toEqual([]);
  });
});

describe("an export waiting behind four builds", () => {
  it("is told to come back, with when, rather than sent nothing; asked again, it is there", async () => {
    // Four builds that hold their turn until the test lets them end.
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    const blocking = ["a", "b", "c", "d"].map((key) =>
      startDump({
        key: `/blocking/${key}`,
        version: "test",
        headers: {},
        etagPrefix: "",
        document: async () => ({
          head: "",
          headForTag: "",
          body: (async function* () {
            await released;
            yield "x";
          })(),
        }),
      }),
    );
    try {
      const started = Date.now();
      const response = await call("observations.csv", "?platform=INSTAGRAM");
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("30");
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect((await response.json()).error).toMatch(/ask again in 30 seconds/);
      expect(Date.now() - started).toBeGreaterThanOrEqual(9_000);
    } finally {
      release();
      await Promise.all(blocking.map((build) => build.done));
    }
    const again = await call("observations.csv", "?platform=INSTAGRAM");
    expect(again.status).toBe(200);
    expect(await again.text()).toContain("Жусуп Жумагулов");
  });
});

describe("a new approval", () => {
  it("is a new version: the old entity tag no longer matches", async () => {
    const before = (await call("observations.json")).headers.get("etag")!;
    const reporter = await createUser(db);
    const approved = await createObservation(db, {
      authorId: reporter.id,
      officialId: ids.firstDeputy!,
      platform: "FACEBOOK",
      status: "APPROVED",
      observedAt: new Date("2024-09-03T07:00:00Z"),
    });
    // The approval's audit entry, which every change writes in its transaction: the publication version moves.
    await db.auditEntry.create({ data: { action: "observation.approve", entity: "Observation", entityId: approved.id } });
    // The version is looked up at most once a second (as for the embeds): a second later, the change shows.
    forgetOpenDataDumps();
    const after = await call("observations.json", "", { "If-None-Match": before });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(before);
  });
});
