import { describe, expect, it } from "vitest";
import type { ComparisonCell } from "@/lib/domain/comparison";
import { formatPartialDate } from "@/lib/domain/partial-date";
import type { CellContext } from "@/lib/http/embed-context";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/config";
import { publicTranslators } from "@/lib/i18n/public-translators";
import { cellsView } from "./embed-cells";

const cell = (overrides: Partial<ComparisonCell>): ComparisonCell => ({
  accountId: "a",
  accountLabel: null,
  handle: null,
  url: null,
  kind: "PERSONAL_PROFILE",
  existence: "FOUND",
  visibility: "PUBLIC",
  attribution: null,
  reach: { value: 5000, approximate: true, measure: "friends" },
  lastPostAt: null,
  lastPostAtPrecision: "DAY",
  observedAt: new Date("2024-08-28T07:00:00Z"),
  observedAtPrecision: "MONTH",
  activity: "ABANDONED",
  seenEarlier: [],
  stale: false,
  ...overrides,
});

const context = async (locale: Locale): Promise<CellContext> => ({
  t: await publicTranslators(locale),
  locale,
  formatDate: (date) => formatPartialDate(date, INTL_LOCALE[locale]),
});

describe("an embed's cell", () => {
  it("shows a last post known only to the year or the month with the dates' mark, never the counts' ≈", async () => {
    const tagged = cell({ lastPostAt: new Date("2021-12-31T00:00:00Z"), lastPostAtPrecision: "YEAR" });
    const ru = String(cellsView([tagged], "activity", await context("ru")));
    expect(ru).toContain("~2021");
    expect(ru).not.toContain("≈ 2021");
    expect(String(cellsView([tagged], "reach", await context("en")))).toContain("~2021");
    const august = cell({ lastPostAt: new Date("2023-08-31T00:00:00Z"), lastPostAtPrecision: "MONTH" });
    expect(String(cellsView([august], "activity", await context("en")))).toContain("~Aug 2023");
    expect(String(cellsView([august], "activity", await context("kk")))).toContain("~2023 ж. там.");
  });

  it("puts the noun after a count in the form the language's plural rules give it, the count as formatted", async () => {
    const text = async (value: number, measure: "followers" | "friends", locale: Locale, approximate = false) =>
      String(cellsView([cell({ reach: { value, approximate, measure } })], "reach", await context(locale))).replace(/[\u00a0\u202f]/g, " ");
    expect(await text(531, "followers", "ru")).toContain(">531 подписчик<");
    expect(await text(2, "followers", "ru")).toContain(">2 подписчика<");
    expect(await text(2600, "followers", "ru", true)).toContain(">≈ 2 600 подписчиков<");
    expect(await text(1, "friends", "ru")).toContain(">1 друг<");
    expect(await text(5000, "friends", "ru", true)).toContain(">≈ 5 000 друзей<");
    expect(await text(531, "followers", "kk")).toContain(">531 жазылушы<");
    expect(await text(1, "followers", "en")).toContain(">1 follower<");
  });

  it("shows a last post known to the day as a date", async () => {
    const day = cell({ lastPostAt: new Date("2024-08-26T00:00:00Z"), activity: "ACTIVE" });
    const en = String(cellsView([day], "activity", await context("en")));
    expect(en).toContain("26 Aug 2024");
    expect(en).not.toContain("~");
  });
});
