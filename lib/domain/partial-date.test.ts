import { describe, expect, it } from "vitest";
import {
  formatPartialDate,
  monthOf,
  parsePartialDate,
  partialDate,
  periodEnd,
  periodStart,
  storedPartialDate,
  toIsoPartialDate,
  type PartialDate,
} from "./partial-date";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (text: string) => {
  const parsed = parsePartialDate(text);
  return parsed.ok ? `${toIsoPartialDate(parsed.value)} ${parsed.value.precision}` : parsed.reason;
};

describe("parsePartialDate", () => {
  it("reads the story's fuzzy dates, and whole days, as reporters write them", () => {
    expect(iso("2021")).toBe("2021 YEAR");
    expect(iso("08.2023")).toBe("2023-08 MONTH");
    expect(iso("8.2023")).toBe("2023-08 MONTH");
    expect(iso("8/2023")).toBe("2023-08 MONTH");
    expect(iso("2023-08")).toBe("2023-08 MONTH");
    expect(iso("12.08.2023")).toBe("2023-08-12 DAY");
    expect(iso("12/08/2023")).toBe("2023-08-12 DAY");
    expect(iso("12.08.23")).toBe("2023-08-12 DAY");
    expect(iso("2023-08-12")).toBe("2023-08-12 DAY");
    expect(iso("  2023-8-2 ")).toBe("2023-08-02 DAY");
  });

  it("reads month names in Russian, Kazakh and English, full, short, with a dot or an ending", () => {
    for (const text of [
      "авг 2023",
      "авг. 2023",
      "август 2023",
      "Август 2023",
      "августа 2023",
      "в августе 2023 года",
      "тамыз 2023",
      "там. 2023",
      "Aug 2023",
      "August 2023",
      "aug. 2023",
    ]) {
      expect(iso(text), text).toBe("2023-08 MONTH");
    }
    expect(iso("сен 2022")).toBe("2022-09 MONTH");
    expect(iso("сент. 2022")).toBe("2022-09 MONTH");
    expect(iso("в сентябре 2022")).toBe("2022-09 MONTH");
    expect(iso("Sept 2022")).toBe("2022-09 MONTH");
    expect(iso("май 2024")).toBe("2024-05 MONTH");
    expect(iso("мамыр 2024")).toBe("2024-05 MONTH");
    expect(iso("қазан 2020")).toBe("2020-10 MONTH");
    expect(iso("ЖЕЛТОҚСАН 2020")).toBe("2020-12 MONTH");
    expect(iso("2023 ж. тамыз")).toBe("2023-08 MONTH");
    expect(iso("в 2021 году")).toBe("2021 YEAR");
  });

  it("reads a day with the month in words, in any order", () => {
    expect(iso("17 августа 2023")).toBe("2023-08-17 DAY");
    expect(iso("17 авг. 2023 г.")).toBe("2023-08-17 DAY");
    expect(iso("2023 ж. 17 тамыз")).toBe("2023-08-17 DAY");
    expect(iso("Aug 17, 2023")).toBe("2023-08-17 DAY");
    expect(iso("17 August 2023")).toBe("2023-08-17 DAY");
  });

  it("reads back what the app shows, in every language", () => {
    for (const locale of ["ru-RU", "kk-KZ", "en-GB"]) {
      for (const value of [partialDate(2021), partialDate(2023, 8), partialDate(2023, 8, 17), partialDate(2024, 5), partialDate(2022, 9, 1)]) {
        const parsed = parsePartialDate(formatPartialDate(value, locale));
        expect(parsed, `${locale}: ${formatPartialDate(value, locale)}`).toEqual({ ok: true, value });
        expect(parsePartialDate(formatPartialDate(value, locale, "long"))).toEqual({ ok: true, value });
      }
    }
  });

  it("refuses nonsense, each with its own reason", () => {
    expect(parsePartialDate("")).toEqual({ ok: false, reason: "dateUnparsable" });
    expect(parsePartialDate("давно")).toEqual({ ok: false, reason: "dateUnparsable" });
    expect(parsePartialDate("август")).toEqual({ ok: false, reason: "dateUnparsable" });
    expect(parsePartialDate("ма 2023")).toEqual({ ok: false, reason: "dateUnparsable" });
    expect(parsePartialDate("2023 2024")).toEqual({ ok: false, reason: "dateUnparsable" });
    expect(parsePartialDate("авг сен 2023")).toEqual({ ok: false, reason: "dateUnparsable" });
    expect(parsePartialDate("08.23")).toEqual({ ok: false, reason: "dateUnparsable" });
    expect(parsePartialDate("2023-08-12T10:00")).toEqual({ ok: false, reason: "dateUnparsable" });
    expect(parsePartialDate("<script>2021</script>")).toEqual({ ok: false, reason: "dateUnparsable" });
    expect(parsePartialDate("13.2023")).toEqual({ ok: false, reason: "dateNoSuchMonth" });
    expect(parsePartialDate("2023-00")).toEqual({ ok: false, reason: "dateNoSuchMonth" });
    expect(parsePartialDate("31.02.2023")).toEqual({ ok: false, reason: "dateNoSuchDay" });
    expect(parsePartialDate("0.08.2023")).toEqual({ ok: false, reason: "dateNoSuchDay" });
    expect(parsePartialDate("32 августа 2023")).toEqual({ ok: false, reason: "dateNoSuchDay" });
    expect(parsePartialDate("30 февраля 2024")).toEqual({ ok: false, reason: "dateNoSuchDay" });
    expect(parsePartialDate("0823")).toEqual({ ok: false, reason: "dateYearOutOfRange" });
    expect(parsePartialDate("1899")).toEqual({ ok: false, reason: "dateYearOutOfRange" });
    expect(parsePartialDate("08.2203")).toEqual({ ok: false, reason: "dateYearOutOfRange" });
  });

  it("takes the mark the app shows a partial date with", () => {
    expect(iso("~2021")).toBe("2021 YEAR");
    expect(iso("~ авг. 2023 г.")).toBe("2023-08 MONTH");
  });
});

describe("monthOf", () => {
  it("refuses a beginning shared by two months, or too short to say", () => {
    expect(monthOf("ию")).toBeUndefined();
    expect(monthOf("ма")).toBeUndefined();
    expect(monthOf("ju")).toBeUndefined();
    expect(monthOf("июн")).toBe(6);
    expect(monthOf("июл")).toBe(7);
    expect(monthOf("мар")).toBe(3);
  });
});

describe("a partial date's period", () => {
  it("is kept as the last day of its period, the latest it can be", () => {
    expect(partialDate(2021)).toEqual({ date: day("2021-12-31"), precision: "YEAR" });
    expect(partialDate(2023, 8)).toEqual({ date: day("2023-08-31"), precision: "MONTH" });
    expect(partialDate(2024, 2)).toEqual({ date: day("2024-02-29"), precision: "MONTH" });
    expect(partialDate(2023, 2)).toEqual({ date: day("2023-02-28"), precision: "MONTH" });
    expect(partialDate(2023, 8, 17)).toEqual({ date: day("2023-08-17"), precision: "DAY" });
  });

  it("starts on its first day and ends on its last, whichever day of it was stored", () => {
    const august: PartialDate = { date: day("2023-08-17"), precision: "MONTH" };
    expect(periodStart(august)).toEqual(day("2023-08-01"));
    expect(periodEnd(august)).toEqual(day("2023-08-31"));
    expect(storedPartialDate(day("2021-03-05"), "YEAR")).toEqual(partialDate(2021));
    expect(periodStart(partialDate(2021))).toEqual(day("2021-01-01"));
    expect(periodStart(partialDate(2023, 8, 17))).toEqual(day("2023-08-17"));
    expect(periodEnd(partialDate(2023, 8, 17))).toEqual(day("2023-08-17"));
  });

  it("is written in ISO 8601 at its precision", () => {
    expect(toIsoPartialDate(partialDate(2021))).toBe("2021");
    expect(toIsoPartialDate(partialDate(2023, 8))).toBe("2023-08");
    expect(toIsoPartialDate(partialDate(2023, 8, 2))).toBe("2023-08-02");
  });
});

describe("formatPartialDate", () => {
  it("shows a day as a date, a month and a year with the mark that is not the counts' ≈", () => {
    expect(formatPartialDate(partialDate(2023, 8, 17), "ru-RU")).toBe("17 авг. 2023 г.");
    expect(formatPartialDate(partialDate(2023, 8), "ru-RU")).toBe("~авг. 2023 г.");
    expect(formatPartialDate(partialDate(2021), "ru-RU")).toBe("~2021");
    expect(formatPartialDate(partialDate(2023, 8), "en-GB")).toBe("~Aug 2023");
    expect(formatPartialDate(partialDate(2023, 8), "en-GB", "long")).toBe("~August 2023");
    expect(formatPartialDate(partialDate(2023, 8), "kk-KZ")).toBe("~2023 ж. там.");
    expect(formatPartialDate(partialDate(2021), "en-GB")).not.toContain("≈");
  });
});
