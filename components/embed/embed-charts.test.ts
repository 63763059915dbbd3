import { describe, expect, it } from "vitest";
import type { Comparison, ComparisonCell, ComparisonOfficial } from "@/lib/domain/comparison";
import { OPENNESS_PARTS, opennessScore } from "@/lib/domain/openness";
import { formatPartialDate } from "@/lib/domain/partial-date";
import { CHANGE_KINDS, type AkimatChangeSummary } from "@/lib/domain/wave-changes";
import type { ChangesEmbedView } from "@/lib/domain/wave-changes-embed";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/config";
import { publicTranslators } from "@/lib/i18n/public-translators";
import { HOSTILE_INPUTS, NUL } from "@/lib/testing/hostile-inputs";
import { xmlText } from "./chart-svg";
import { changesCharts, chartFigures, chartFile, comparisonCharts, type EmbedChart } from "./embed-charts";

const cell = (overrides: Partial<ComparisonCell>): ComparisonCell => ({
  accountId: "a",
  accountLabel: null,
  handle: null,
  url: null,
  kind: "PERSONAL_PROFILE",
  existence: "FOUND",
  visibility: "PUBLIC",
  attribution: null,
  reach: { value: 2400, approximate: false, measure: "followers" },
  lastPostAt: null,
  lastPostAtPrecision: "DAY",
  observedAt: new Date("2024-08-28T07:00:00Z"),
  observedAtPrecision: "DAY",
  activity: "UNKNOWN",
  seenEarlier: [],
  stale: false,
  ...overrides,
});

const official = (fullName: string, cells: ComparisonOfficial["cells"], openness: ComparisonOfficial["openness"] = null): ComparisonOfficial => ({
  id: fullName,
  fullName,
  title: "DEPUTY_AKIM",
  portfolio: null,
  cells,
  openness,
});

const parts = (points: (number | null)[]) =>
  opennessScore(OPENNESS_PARTS.map(({ key, max }, index) => ({ key, max, points: points[index] ?? null, platforms: [] as never[] })));

const comparison = (officials: ComparisonOfficial[], name = "Акимат Петропавловска"): Comparison => ({
  asOf: new Date("2024-08-31T18:59:59.999Z"),
  platforms: ["INSTAGRAM"],
  akimats: [
    {
      id: "p",
      slug: "petropavlovsk",
      name,
      nameKk: null,
      nameEn: name === "Акимат Петропавловска" ? "Petropavlovsk City Akimat" : name,
      level: "CITY",
      officials,
    },
  ],
});

async function contextOf(locale: Locale) {
  return {
    t: await publicTranslators(locale),
    locale,
    formatDate: (date: Parameters<typeof formatPartialDate>[0]) => formatPartialDate(date, INTL_LOCALE[locale]),
  };
}

const figures = async (charts: EmbedChart[], locale: Locale = "en") =>
  String(chartFigures(charts, await contextOf(locale), (chart, format) => `/embed/chart/comparison.${format}?chart=${chart.name}`)).replace(
    /[\u00a0\u202f]/g,
    " ",
  );

const STORY = [
  official("Серик Мухамедиев", { INSTAGRAM: [cell({ reach: { value: 2400, approximate: true, measure: "followers" } })] }),
  official("Айгуль Не-найдена", { INSTAGRAM: [cell({ existence: "NOT_FOUND", reach: null, visibility: null })] }),
  official("Нурлан Не-проверен", {}),
  official("Дана Без-числа", { INSTAGRAM: [cell({ reach: null })] }),
  official("Ержан Точный", { INSTAGRAM: [cell({ reach: { value: 1200, approximate: false, measure: "followers" } })] }),
];

describe("the reach chart", () => {
  it("draws a bar for a count only: not found, not observed and no count are words, never a zero bar", async () => {
    const [chart] = comparisonCharts(comparison(STORY), { chart: "reach" }, await contextOf("en"));
    const layout = chart!.layout(256);
    const bars = layout.marks.filter((mark) => mark.kind === "bar");
    expect(bars).toHaveLength(2);
    expect(bars.map((bar) => bar.kind === "bar" && bar.width)).toEqual([0.8, 0.4]);
    const html = await figures([chart!]);
    for (const word of ["not found", "not observed", "count not visible"])
      expect(html).toContain(`class="m" font-style="italic" text-anchor="end">${word}</text>`);
  });

  it("marks an approximate count with ≈ and hatching, and says so in its legend", async () => {
    const [chart] = comparisonCharts(comparison(STORY), { chart: "reach" }, await contextOf("en"));
    const html = await figures([chart!]);
    expect(html).toContain('text-anchor="end">≈ 2,400</text>');
    expect(html).toMatch(/<rect x="0%" y="\d+" width="80%" height="16" fill="url\(#chart-0-h0\)" stroke-width="1" class="s0"\/>/);
    expect(html).toContain('<pattern id="chart-0-h0"');
    expect(html).toContain("≈ approximate; hatched bars are approximate values</span>");
    // Exact counts are solid.
    expect(html).toMatch(/<rect x="0%" y="\d+" width="40%" height="16" class="f0"\/>/);
  });

  it("is an image with a title and a description, its figures as a table, and links to download it", async () => {
    // Its figures are the table below when the embed shows reach; with another measure they come with the chart.
    expect(comparisonCharts(comparison(STORY), { chart: "reach", metric: "reach" }, await contextOf("en"))[0]!.table).toBeUndefined();
    const [chart] = comparisonCharts(comparison(STORY), { chart: "reach", metric: "activity" }, await contextOf("en"));
    const html = await figures([chart!]);
    expect(html).toContain('<svg class="plot" role="img" aria-labelledby="chart-0-t" aria-describedby="chart-0-d" width="100%" height="');
    expect(html).toContain('<title id="chart-0-t">Reach on Instagram by official</title>');
    expect(html).toContain("<summary>Data as a table</summary><table><caption>Reach on Instagram by official</caption>");
    expect(html).toContain('<tr><th scope="row">Айгуль Не-найдена</th><td data-label="Reach">not found</td></tr>');
    expect(html).toContain(
      '<a href="/embed/chart/comparison.svg?chart=reach-instagram" download>SVG<span class="sr"> — Reach on Instagram by official</span></a>',
    );
    expect(html).not.toMatch(/\sstyle=|<script|\son[a-z]+=/);
  });

  it("draws nothing for a view without officials", async () => {
    expect(comparisonCharts(comparison([]), { chart: "reach" }, await contextOf("en"))).toEqual([]);
    expect(comparisonCharts(comparison(STORY), {}, await contextOf("en"))).toEqual([]);
    // A platform chosen that nobody has: no chart for it.
    expect(comparisonCharts(comparison(STORY), { chart: "reach", platform: "TIKTOK" }, await contextOf("en"))).toEqual([]);
  });
});

describe("the openness chart", () => {
  it("stacks each part's mean share per akimat, and draws no bar where no index is shown", async () => {
    const shown = [
      official("А", {}, parts([10, 10, 20, 0, 20, 0])),
      official("Б", {}, parts([10, 0, 20, 20, 0, null])),
      // Withheld (too few parts assessed) and not surveyed: in no mean.
      official("В", {}, parts([10, null, null, null, 0, null])),
      official("Г", {}),
    ];
    const context = await contextOf("en");
    const two = {
      ...comparison(shown),
      akimats: [
        ...comparison(shown).akimats,
        { ...comparison([]).akimats[0]!, id: "x", name: "Пустой", nameEn: "Nobody shown", officials: [official("Д", {})] },
      ],
    };
    const [chart] = comparisonCharts(two, { chart: "openness" }, context);
    // А: 60 of 100; Б: 50 of 80 = 62.5 → 63. Mean 61.5; found: (10 + 12.5) / 2 = 11.25 → 11.3; attributed: (10 + 0) / 2.
    expect(chart!.table!.groups[0]!.rows[0]).toEqual({ header: "Petropavlovsk City Akimat", cells: ["11.3", "5", "22.5", "12.5", "10", "0", "61.5"] });
    expect(chart!.table!.groups[0]!.rows[1]).toEqual({ header: "Nobody shown", cells: ["—", "—", "—", "—", "—", "—", "no index shown"] });
    const layout = chart!.layout(256);
    expect(layout.marks.filter((mark) => mark.kind === "bar" && mark.paint === "track")).toHaveLength(1);
    const html = await figures([chart!]);
    expect(html).toContain('class="m" font-style="italic" text-anchor="end">no index shown</text>');
    expect(html).toContain(
      '<li><svg aria-hidden="true" width="28" height="14"><rect x="1" y="1" width="26" height="12" class="f0"/></svg><span>account found</span></li>',
    );
  });
});

const summary = (overrides: Partial<AkimatChangeSummary>): AkimatChangeSummary => ({
  officials: 6,
  surveyedThen: 6,
  surveyedNow: 6,
  noAccountThen: 2,
  noAccountNow: 1,
  medianThen: { INSTAGRAM: { value: 1200.5, approximate: true, accounts: 4 } },
  medianNow: { INSTAGRAM: null },
  counts: Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, 0])) as AkimatChangeSummary["counts"],
  ...overrides,
});

const changes = (summaries: ChangesEmbedView["summaries"]): ChangesEmbedView => ({
  from: { kind: "wave", name: "Август 2024", live: false },
  to: { kind: "date", day: "2026-12-06", live: true },
  asOf: new Date("2026-12-06T10:00:00Z"),
  platforms: ["INSTAGRAM", "FACEBOOK"],
  summaries,
  listed: [],
  moreChanged: 0,
  unchanged: 0,
});

const akimat = (name: string) => ({ name, nameKk: null, nameEn: name });

describe("the change charts", () => {
  it("show officials with an account then and now, out of those surveyed; a side not surveyed has no bar", async () => {
    const view = changes([
      { akimat: akimat("City"), summary: summary({}) },
      { akimat: akimat("District"), summary: summary({ surveyedThen: 0, noAccountThen: 0 }) },
    ]);
    const [chart] = changesCharts(view, "accounts", await contextOf("en"));
    expect(chart!.table!.groups[0]!.rows).toEqual([
      { header: "City", cells: ["4 of 6", "5 of 6"] },
      { header: "District", cells: ["not surveyed", "5 of 6"] },
    ]);
    const bars = chart!.layout(256).marks.filter((mark) => mark.kind === "bar");
    expect(bars.map((bar) => bar.kind === "bar" && Number(bar.width.toFixed(3)))).toEqual([0.667, 0.833, 0.833]);
    const html = await figures(changesCharts(view, "accounts", await contextOf("ru")), "ru");
    expect(html).toContain("4 из 6");
    expect(html).toContain(">100 %</text>");
    expect(html).toContain("<span>Тогда</span>");
  });

  it("show median followers then and now, ≈ when approximate, and no count as words", async () => {
    const view = changes([{ akimat: akimat("City"), summary: summary({}) }]);
    const [chart] = changesCharts(view, "followers", await contextOf("en"));
    // The summary table below gives the medians: the chart has no table of its own.
    expect(chart!.table).toBeUndefined();
    const texts = chart!.layout(256).marks.flatMap((mark) => (mark.kind === "text" ? mark.lines : []));
    expect(texts).toEqual(expect.arrayContaining(["Instagram, then", "≈ 1,201", "Instagram, now", "no count"]));
    expect(chart!.layout(256).marks.filter((mark) => mark.kind === "bar")).toHaveLength(1);
    expect(chart!.legend.map((item) => item.label)).toEqual(["Then", "Now", "≈ approximate; hatched bars are approximate values"]);
    expect(changesCharts(changes([]), "followers", await contextOf("en"))).toEqual([]);
    expect(changesCharts(view, undefined, await contextOf("en"))).toEqual([]);
  });
});

describe("every name in a chart", () => {
  it("is escaped, inline and in the file; the file is XML even with a control character in a name", async () => {
    // A name with U+0000 cannot be stored (PostgreSQL refuses it), so only the file, which must stay XML, is given one.
    const storable = HOSTILE_INPUTS.map((input) => input.value).filter((value) => !value.includes(NUL));
    const officials = (names: string[]) =>
      names.map((name, index) => official(name, { INSTAGRAM: [cell({ reach: { value: 100 + index, approximate: index % 2 === 0, measure: "followers" } })] }));
    for (const name of HOSTILE_INPUTS.map((input) => input.value)) {
      const hostile = officials(storable.includes(name) ? storable : [...storable, name]);
      const context = await contextOf("kk");
      const [reach] = comparisonCharts(comparison(hostile, name), { chart: "reach" }, context);
      const [openness] = comparisonCharts(comparison(hostile, name), { chart: "openness" }, context);
      for (const chart of [reach!, openness!]) {
        const inline = await figures([chart], "kk");
        const file = chartFile(chart, { provenance: `${name} · 6 December 2026`, footer: [name] });
        for (const out of storable.includes(name) ? [inline, file] : [file]) {
          const tags = out.match(/<[a-z][^>]*>/gi) ?? [];
          expect(tags.filter((tag) => /^<(img|iframe|object|embed|b|i|script)[\s/>]/i.test(tag) || /\son[a-z]+\s*=|javascript:/i.test(tag))).toEqual([]);
          expect(out.includes(NUL), out.slice(Math.max(0, out.indexOf(NUL) - 80), out.indexOf(NUL) + 20)).toBe(false);
          expect(out).not.toMatch(/<svg[^>]*onload/i);
        }
        expect(file.match(/<svg/g)).toHaveLength(1);
      }
    }
    expect(xmlText(`до${NUL}после\u0007\uFFFF`)).toBe("допосле");
  });
});

describe("a chart as a file", () => {
  it("is 720 px wide, with its title, the provenance and the outlet drawn in, and a font any machine has", async () => {
    const [chart] = comparisonCharts(comparison(STORY), { chart: "reach" }, await contextOf("en"));
    const file = chartFile(chart!, { provenance: "Outlet · data as of 31 August 2024", footer: ["Only approved observations.", "Made with Ashyq"] });
    expect(file).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="720" height="(\d+)" viewBox="0 0 720 \1" font-family="DejaVu Sans, /,
    );
    expect(file).toContain('font-weight="700" fill="#18181b">Reach on Instagram by official</text>');
    expect(file).toContain(">Outlet · data as of 31 August 2024</text>");
    expect(file).toContain(">Made with Ashyq</text>");
    expect(file).not.toMatch(/class=|\sstyle=|%"/);
    expect(file).toContain('fill="url(#h0)" stroke-width="1" stroke="#0369a1"');
  });
});
