/**
 * The hostile-input corpus as published data, written straight to the database (as an import or an old row
 * might hold it, past every form), then read through the public embeds and the exports: always shown as the
 * text it is. HTML escaped, no element or script injected, JSON strings intact, CSV cells never a formula.
 * Each published observation also carries an internal note, which no public output may show in any form.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as dashboardCsv } from "@/app/(newsroom)/dashboard/export.csv/route";
import { GET as observationsCsv } from "@/app/api/public/observations.csv/route";
import { GET as observationsJson } from "@/app/api/public/observations.json/route";
import { GET as officialsJson } from "@/app/api/public/officials.json/route";
import { GET as popoloJson } from "@/app/api/public/popolo.json/route";
import { escapeHtml } from "@/components/embed/html";
import { db } from "@/lib/db";
import { clearPublishedRenderCache } from "@/lib/http/published-render-cache";
import { session } from "@/lib/testing/action-harness";
import { createAccount, createAkimat, createObservation, createOfficial, createUser, createWave } from "@/lib/testing/factories";
import { containsNul, HOSTILE_COUNTS, HOSTILE_INPUTS, NUL } from "@/lib/testing/hostile-inputs";
import { withTestDatabase } from "@/lib/testing/test-database";
import { GET as changesEmbed } from "./embed/changes/route";
import { GET as chartFile } from "./embed/chart/[file]/route";
import { GET as comparisonEmbed } from "./embed/comparison/route";
import { GET as officialEmbed } from "./embed/official/[id]/route";

vi.mock("@/lib/auth/viewer", async () => (await import("@/lib/testing/action-harness")).mocks.viewer());

withTestDatabase();

/** Everything but the null byte, which the database cannot hold, so no published row can carry it. */
const STORABLE = [...HOSTILE_INPUTS, ...HOSTILE_COUNTS].map((input) => input.value).filter((value) => !containsNul(value));
const linkOf = (value: string) => `https://example.kz/search?q=${value}`;
/** Every internal note starts with this: letters only, so that no escaping or quoting can hide it from a search. */
const INTERNAL = "ВНУТРЕННЕЕ";
const internalNoteOf = (value: string) => `${INTERNAL} запрос в пресс-службу отправлен: ${value}`;
const officialIds: string[] = [];

beforeAll(async () => {
  clearPublishedRenderCache();
  const reporter = await createUser(db);
  const editor = await createUser(db, { role: "EDITOR" });
  session.viewer = { id: editor.id, role: editor.role, name: editor.name, email: editor.email };
  // The default view is a region with its city akimats: every hostile name is one of its cities.
  const region = await createAkimat(db, { slug: "hostile-region", name: "Область", level: "REGION" });
  for (const [index, value] of STORABLE.entries()) {
    const akimat = await createAkimat(db, { slug: `hostile-${index}`, name: value, nameKk: value, nameEn: value, level: "CITY", parentId: region.id });
    const official = await createOfficial(db, {
      fullName: value,
      fullNameLatin: value,
      akimatId: akimat.id,
      position: { title: "DEPUTY_AKIM", portfolio: value },
    });
    officialIds.push(official.id);
    // Two accounts on one platform, so that the embeds tell them apart by their labels.
    for (const label of [value, `2 ${value}`]) {
      const account = await createAccount(db, { officialId: official.id, platform: "INSTAGRAM", handle: value, url: linkOf(value), label });
      const observation = await createObservation(db, {
        officialId: official.id,
        accountId: account.id,
        authorId: reporter.id,
        status: "APPROVED",
        reviewedAt: new Date("2024-09-01T10:00:00Z"),
        existence: "FOUND",
        attribution: "UNCERTAIN",
        attributionNote: value,
        followers: 1000,
        followersRaw: value,
        lastPostAt: new Date("2024-08-26T00:00:00Z"),
        lastPostUrl: linkOf(value),
        publicNote: value,
        internalNote: internalNoteOf(value),
      });
      await db.evidence.create({ data: { observationId: observation.id, kind: "LINK", url: linkOf(value) } });
    }
  }
});

/**
 * Only the embed's own markup. Escaped data cannot hold a "<", so every tag in the page is the embed's: none
 * may be one the corpus carries, have an event handler or a script address, and its one script is the resizer.
 * (Booleans, not the page, are compared: a failure would otherwise print 100 KB of HTML.)
 */
function expectOnlyOwnMarkup(html: string, where: string) {
  const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
  expect(
    tags.filter((tag) => /^<(img|svg|iframe|object|embed|b|i)[\s/>]/i.test(tag)),
    where,
  ).toEqual([]);
  expect(
    tags.filter((tag) => /\son[a-z]+\s*=|javascript:/i.test(tag)),
    where,
  ).toEqual([]);
  expect(html.match(/<script/gi)?.length, where).toBe(1);
  expect(html.includes(NUL), where).toBe(false);
}

async function page(response: Response) {
  expect(response.status).toBe(200);
  return response.text();
}

describe("the embeds", () => {
  it.each(["ru", "kk", "en"])("show every name, akimat and label escaped in the comparison (%s)", async (lang) => {
    const html = await page(await comparisonEmbed(new Request(`http://localhost/embed/comparison?lang=${lang}&asOf=2024-09-30`)));
    expectOnlyOwnMarkup(html, lang);
    for (const value of STORABLE) expect(html.includes(escapeHtml(value)), value.slice(0, 60)).toBe(true);
  });

  it("show every official's card escaped, with the portfolio", async () => {
    for (const [index, id] of officialIds.entries()) {
      const value = STORABLE[index]!;
      const html = await page(
        await officialEmbed(new Request(`http://localhost/embed/official/${id}?lang=en&asOf=2024-09-30`), { params: Promise.resolve({ id }) }),
      );
      expectOnlyOwnMarkup(html, value.slice(0, 60));
      expect(html.includes(`<h1>${escapeHtml(value)}</h1>`), value.slice(0, 60)).toBe(true);
      expect(html.includes(` (${escapeHtml(value)})`), value.slice(0, 60)).toBe(true);
    }
  });

  it("show every name, akimat, label and wave name escaped in what changed (issue 16, part 4)", async () => {
    const region = await db.akimat.findUniqueOrThrow({ where: { slug: "hostile-region" } });
    const reporter = await createUser(db);
    // A later look, in a wave, at every account: each moved, so every official is listed. Taken away afterwards,
    // since the exports below count the published observations.
    const wave = await createWave(db, { name: STORABLE.find((value) => value.includes("<script"))!, akimatIds: [region.id], includeDistricts: true });
    const accounts = await db.account.findMany({ where: { officialId: { in: officialIds } }, select: { id: true, officialId: true } });
    const later = {
      authorId: reporter.id,
      waveId: wave.id,
      status: "APPROVED" as const,
      existence: "FOUND" as const,
      observedAt: new Date("2024-10-15T07:00:00Z"),
    };
    const created = await Promise.all(
      accounts.map((account) => createObservation(db, { ...later, ...account, accountId: account.id, followers: 1500, internalNote: internalNoteOf("") })),
    );
    try {
      // Ten akimats at a time: the embed lists twenty officials at most.
      for (let start = 0; start < STORABLE.length; start += 10) {
        const slugs = STORABLE.slice(start, start + 10).map((_, index) => `hostile-${start + index}`);
        const html = await page(
          await changesEmbed(new Request(`http://localhost/embed/changes?lang=en&from=2024-09-30&to=${wave.id}&akimats=${slugs.join(",")}`)),
        );
        expectOnlyOwnMarkup(html, `changes from ${start}`);
        expect(html.includes(INTERNAL), `changes from ${start}`).toBe(false);
        expect(html.includes(`→ “${escapeHtml(wave.name)}”</h1>`)).toBe(true);
        for (const value of STORABLE.slice(start, start + 10)) {
          expect(html.includes(`<span class="name">${escapeHtml(value)}</span>`), value.slice(0, 60)).toBe(true);
          expect(html.includes(`Instagram · 2 ${escapeHtml(value)}</td>`), value.slice(0, 60)).toBe(true);
        }
      }
    } finally {
      await db.observation.deleteMany({ where: { id: { in: created.map((observation) => observation.id) } } });
    }
  });

  it("draw every name and akimat escaped in the charts and their downloads (issue 17, part 5)", async () => {
    const tagsOf = (text: string) => text.match(/<[a-z][^>]*>/gi) ?? [];
    for (const query of ["lang=en&asOf=2024-09-30&chart=reach", "lang=kk&asOf=2024-09-30&chart=openness"]) {
      const html = await page(await comparisonEmbed(new Request(`http://localhost/embed/comparison?${query}`)));
      // The embed's own drawing is the only SVG: one per chart, with its legend's swatches, never one from the data.
      expect(
        tagsOf(html).filter((tag) => /^<(img|iframe|object|embed|b|i)[\s/>]/i.test(tag) || /\s(on[a-z]+|style)\s*=|javascript:/i.test(tag)),
        query,
      ).toEqual([]);
      expect(
        tagsOf(html).filter((tag) => /^<svg[\s/>]/i.test(tag) && !/^<svg (class="plot" role="img"|aria-hidden="true" width="28")/.test(tag)),
        query,
      ).toEqual([]);
      expect(html.match(/<script/gi)?.length, query).toBe(1);
      expect(html.includes(INTERNAL), query).toBe(false);
      for (const value of STORABLE) expect(html.includes(escapeHtml(value)), value.slice(0, 60)).toBe(true);
      const svg = await page(
        await chartFile(new Request(`http://localhost/embed/chart/comparison.svg?${query}&platform=INSTAGRAM`), {
          params: Promise.resolve({ file: "comparison.svg" }),
        }),
      );
      expect(
        tagsOf(svg).filter((tag) => /^<(img|iframe|object|embed|b|i|script)[\s/>]/i.test(tag) || /\s(on[a-z]+|style)\s*=|javascript:/i.test(tag)),
        query,
      ).toEqual([]);
      expect(svg.match(/<svg/g)).toHaveLength(1);
      expect(svg.includes(INTERNAL), query).toBe(false);
    }
  });

  it("answer 404 for an id no record can have", async () => {
    const id = `x${NUL}<script>`;
    expect((await officialEmbed(new Request("http://localhost/embed/official/x%00"), { params: Promise.resolve({ id }) })).status).toBe(404);
  });
});

describe("the JSON exports", () => {
  /** Every string in a JSON document, wherever it sits. */
  const stringsOf = (node: unknown): string[] =>
    typeof node === "string"
      ? [node]
      : Array.isArray(node)
        ? node.flatMap(stringsOf)
        : node && typeof node === "object"
          ? Object.values(node).flatMap(stringsOf)
          : [];
  const get = async (name: string, handler: (request: Request) => Promise<Response>) => {
    const response = await handler(new Request(`http://localhost/api/public/${name}`));
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    return response.json();
  };

  it("observations.json carries every field of every observation intact", async () => {
    type Row = Record<string, unknown> & {
      official: { name: string };
      account: Record<string, string>;
      positions: { portfolio: string; akimat: { name: string } }[];
    };
    const { data } = (await get("observations.json", observationsJson)) as { data: Row[] };
    expect(data).toHaveLength(STORABLE.length * 2);
    for (const row of data) {
      const value = row.official.name;
      expect(STORABLE).toContain(value);
      expect(row, value.slice(0, 60)).toMatchObject({
        official: { name: value, nameLatin: value },
        positions: [{ portfolio: value, akimat: { name: value } }],
        account: { handle: value, url: linkOf(value) },
        attributionNote: value,
        publicNote: value,
        followers: { raw: value },
        lastPostUrl: linkOf(value),
        sourceUrls: [linkOf(value)],
      });
      expect([value, `2 ${value}`]).toContain(row.account.label);
    }
  });

  it.each([
    ["officials.json", officialsJson],
    ["popolo.json", popoloJson],
  ] as const)("%s carries every name intact", async (name, handler) => {
    const strings = new Set(stringsOf(await get(name, handler)));
    for (const value of STORABLE) expect(strings.has(value), `${name}: ${value.slice(0, 60)}`).toBe(true);
  });
});

describe("the internal notes", () => {
  it("reach no public output: not the embeds in any language, not an official's card, not an export", async () => {
    const outputs: [string, Response][] = [
      ["observations.csv", await observationsCsv(new Request("http://localhost/api/public/observations.csv"))],
      ["observations.json", await observationsJson(new Request("http://localhost/api/public/observations.json"))],
      ["officials.json", await officialsJson(new Request("http://localhost/api/public/officials.json"))],
      ["popolo.json", await popoloJson(new Request("http://localhost/api/public/popolo.json"))],
    ];
    for (const lang of ["ru", "kk", "en"])
      outputs.push([`comparison ${lang}`, await comparisonEmbed(new Request(`http://localhost/embed/comparison?lang=${lang}&asOf=2024-09-30`))]);
    for (const id of officialIds)
      outputs.push([
        `card ${id}`,
        await officialEmbed(new Request(`http://localhost/embed/official/${id}?lang=ru&asOf=2024-09-30`), { params: Promise.resolve({ id }) }),
      ]);
    for (const [name, response] of outputs) {
      const text = await page(response);
      expect(text.includes(INTERNAL), name).toBe(false);
      expect(/internal_?note/i.test(text), name).toBe(false);
    }
  });
});

describe("the CSV exports", () => {
  /**
   * RFC 4180, as a spreadsheet reads it: quoted cells may hold commas, quotes and line breaks. A spreadsheet set
   * to Russian or Kazakh splits on ";" (some on tab) instead of ",": `separator` reads the file as that one does.
   */
  function parseCsv(text: string, separator = ","): Record<string, string>[] {
    const rows: string[][] = [[]];
    let cell = "";
    let quoted = false;
    const endCell = () => {
      rows.at(-1)!.push(cell);
      cell = "";
    };
    for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
      const char = text[i]!;
      if (quoted && char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = !quoted;
      else if (quoted) cell += char;
      else if (char === separator) endCell();
      else if (char === "\r" && text[i + 1] === "\n") {
        endCell();
        rows.push([]);
        i++;
      } else cell += char;
    }
    const [header, ...records] = rows.filter((row) => row.length > 0);
    for (const record of records) expect(record).toHaveLength(header!.length);
    return records.map((record) => Object.fromEntries(header!.map((name, index) => [name, record[index]!])));
  }

  const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
  /** How a spreadsheet-safe cell shows a text: as is, or behind a quote when it would start a formula. */
  const shown = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);
  const original = (cell: string) => STORABLE.find((value) => shown(value) === cell);

  it("never starts a cell with a formula, in either CSV", async () => {
    for (const response of [
      await observationsCsv(new Request("http://localhost/api/public/observations.csv")),
      await dashboardCsv(new Request("http://localhost/dashboard/export.csv?asOf=2024-09-30")),
    ]) {
      const text = await response.text();
      for (const row of parseCsv(text)) for (const cell of Object.values(row)) expect(FORMULA_START.test(cell), cell.slice(0, 60)).toBe(false);
    }
  });

  it.each([";", "\t"])("never starts a cell with a formula when a spreadsheet splits on %j instead", async (separator) => {
    for (const response of [
      await observationsCsv(new Request("http://localhost/api/public/observations.csv")),
      await dashboardCsv(new Request("http://localhost/dashboard/export.csv?asOf=2024-09-30")),
    ]) {
      const text = await response.text();
      for (const row of parseCsv(text, separator)) for (const cell of Object.values(row)) expect(FORMULA_START.test(cell), cell.slice(0, 60)).toBe(false);
    }
  });

  it("the public observations.csv keeps every text field, formulas behind a quote", async () => {
    const rows = parseCsv(await (await observationsCsv(new Request("http://localhost/api/public/observations.csv"))).text());
    expect(rows).toHaveLength(STORABLE.length * 2);
    for (const row of rows) {
      const value = original(row.official_name!);
      expect(value, row.official_name!.slice(0, 60)).toBeDefined();
      const expected = {
        official_name_latin: shown(value!),
        akimats: shown(value!),
        account_handle: shown(value!),
        account_url: linkOf(value!),
        attribution_note: shown(value!),
      };
      expect(row, value!.slice(0, 60)).toMatchObject({
        ...expected,
        followers_raw: shown(value!),
        last_post_url: linkOf(value!),
        public_note: shown(value!),
        source_urls: linkOf(value!),
      });
    }
  });

  it("the dashboard's export.csv keeps every name, post and label, formulas behind a quote", async () => {
    // Its columns are named in the interface's language: Russian, with no language cookie.
    const rows = parseCsv(await (await dashboardCsv(new Request("http://localhost/dashboard/export.csv?asOf=2024-09-30"))).text()).map((row) => ({
      official: row["Чиновник"],
      akimat: row["Акимат"],
      portfolio: row["Курирует"],
      url: row["Адрес"],
      account: row["Аккаунт"],
    }));
    expect(rows).toHaveLength(STORABLE.length * 2);
    for (const row of rows) {
      const value = original(row.official!);
      expect(value, row.official!.slice(0, 60)).toBeDefined();
      expect(row, value!.slice(0, 60)).toMatchObject({ akimat: shown(value!), portfolio: shown(value!), url: linkOf(value!) });
      expect([shown(value!), `2 ${value}`]).toContain(row.account);
    }
  });
});
