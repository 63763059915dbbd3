import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { Locale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/load-messages";
import type { Comparison } from "./comparison";
import { COMPARISON_CSV_COLUMNS, comparisonCsvHeader, comparisonCsvRows, type ComparisonCsvLanguage } from "./comparison-csv";
import { opennessOf } from "./openness";

async function language(locale: Locale): Promise<ComparisonCsvLanguage> {
  const t = createTranslator({ locale, messages: await loadMessages(locale) });
  return {
    t: (key) => t(key as never),
    akimatName: (akimat) => (locale === "kk" ? akimat.nameKk : locale === "en" ? akimat.nameEn : null) ?? akimat.name,
  };
}

const observedAt = new Date("2024-08-28T07:00:00Z");
const comparison: Comparison = {
  asOf: new Date("2024-08-31T18:59:59.999Z"),
  platforms: ["INSTAGRAM"],
  akimats: [
    {
      id: "a",
      slug: "sko",
      name: "Акимат СКО",
      nameKk: "СҚО әкімдігі",
      nameEn: null,
      level: "REGION",
      officials: [
        {
          id: "z",
          fullName: "Жусуп Жумагулов",
          title: "DEPUTY_AKIM",
          portfolio: null,
          openness: opennessOf([
            {
              platform: "INSTAGRAM",
              existence: "FOUND",
              attribution: null,
              visibility: "PUBLIC",
              contentKinds: ["FAMILY"],
              personalStories: true,
              replies: "REGULARLY",
              liveStreams: null,
            },
          ]),
          cells: {
            INSTAGRAM: [
              {
                accountId: "acc",
                accountLabel: null,
                handle: "zhumagulov",
                url: null,
                kind: "PERSONAL_PROFILE",
                existence: "FOUND",
                visibility: "PUBLIC",
                attribution: null,
                reach: { value: 10000, approximate: true, measure: "followers" },
                lastPostAt: new Date("2021-12-31T00:00:00Z"),
                lastPostAtPrecision: "YEAR",
                observedAt,
                observedAtPrecision: "MONTH",
                activity: "UNKNOWN",
                stale: false,
                seenEarlier: [],
              },
            ],
          },
        },
        { id: "t", fullName: "Марат Тасмаганбетов", title: "FIRST_DEPUTY_AKIM", portfolio: null, openness: null, cells: {} },
      ],
    },
  ],
};

describe("the dashboard's CSV rows", () => {
  it("names its columns in the interface's language", async () => {
    const ru = comparisonCsvHeader(await language("ru"));
    expect(ru).toHaveLength(COMPARISON_CSV_COLUMNS.length);
    expect(ru.slice(0, 3)).toEqual(["На дату", "Акимат", "Чиновник"]);
    expect(ru).toContain("Наблюдали (время Казахстана)");
    expect(comparisonCsvHeader(await language("en")).slice(0, 3)).toEqual(["As of", "Akimat", "Official"]);
    expect(comparisonCsvHeader(await language("kk")).slice(0, 3)).toEqual(["Күні", "Әкімдік", "Шенеунік"]);
  });

  it("gives one row per account with labels rather than codes, times on Kazakhstan's clock, and a bare row for an official with nothing observed", async () => {
    const rows = comparisonCsvRows(comparison, await language("ru"));
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.length === COMPARISON_CSV_COLUMNS.length)).toBe(true);
    expect(rows[0]).toEqual([
      // The as-of instant is 23:59 on 31 August in Petropavlovsk.
      "2024-08-31",
      "Акимат СКО",
      "Жусуп Жумагулов",
      "Заместитель акима",
      null,
      100,
      4,
      "принадлежность установлена; прямые эфиры",
      "Instagram",
      "zhumagulov",
      null,
      "Найден",
      "Открытый",
      null,
      10000,
      "подписчики",
      "да",
      // Dates at their precision: "last tagged in 2021", a look known to the month.
      "2021",
      "известен только год",
      "активность неизвестна",
      "2024-08",
      "известен только месяц",
      "нет",
    ]);
    expect(rows[1]!.slice(2, 9)).toEqual(["Марат Тасмаганбетов", "Первый заместитель акима", null, null, null, null, null]);
  });

  it("writes a look known to the day at Kazakhstan's time, and speaks Kazakh and English too", async () => {
    const cell = comparison.akimats[0]!.officials[0]!.cells.INSTAGRAM![0]!;
    const dayCell = { ...cell, observedAt: new Date("2024-08-31T20:30:00Z"), observedAtPrecision: "DAY" as const, stale: true };
    const official = { ...comparison.akimats[0]!.officials[0]!, cells: { INSTAGRAM: [dayCell] } };
    const oneDay = { ...comparison, akimats: [{ ...comparison.akimats[0]!, officials: [official] }] };
    const column = (row: unknown[], name: (typeof COMPARISON_CSV_COLUMNS)[number]) => row[COMPARISON_CSV_COLUMNS.indexOf(name)];
    const [ru] = comparisonCsvRows(oneDay, await language("ru"));
    expect([column(ru!, "observedAt"), column(ru!, "observedAtPrecision"), column(ru!, "stale")]).toEqual(["2024-09-01 01:30", "известен день", "да"]);
    const [kk] = comparisonCsvRows(oneDay, await language("kk"));
    expect([column(kk!, "akimat"), column(kk!, "platform"), column(kk!, "reachApproximate")]).toEqual(["СҚО әкімдігі", "Instagram", "иә"]);
    const [en] = comparisonCsvRows(oneDay, await language("en"));
    expect([column(en!, "akimat"), column(en!, "title"), column(en!, "existence"), column(en!, "reachMeasure")]).toEqual([
      "Акимат СКО",
      "Deputy akim",
      "Found",
      "followers",
    ]);
  });

  it("leaves a withheld index empty, beside how many parts were assessed and which were not", async () => {
    const withheld = opennessOf([
      {
        platform: "FACEBOOK",
        existence: "FOUND",
        attribution: null,
        visibility: "PUBLIC",
        contentKinds: [],
        personalStories: null,
        replies: null,
        liveStreams: null,
      },
    ]);
    const official = { ...comparison.akimats[0]!.officials[1]!, openness: withheld };
    const [row] = comparisonCsvRows({ ...comparison, akimats: [{ ...comparison.akimats[0]!, officials: [official] }] }, await language("en"));
    expect(row!.slice(5, 8)).toEqual([null, 2, "attribution established; shows personal life; answers people; live streams"]);
  });
});
