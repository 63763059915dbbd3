import { describe, expect, it } from "vitest";
import { dateCell, dateTimeCell, enumCell, enumListCell, linkListCell, looksLikeUrl, urlCell, yesNoCell } from "./values";

describe("enumCell", () => {
  it("reads the app's own labels in every language, and the code itself", () => {
    expect(enumCell("visibility", "Закрытый (только подписчикам)")).toBe("CLOSED");
    expect(enumCell("visibility", "закрытый")).toBe("CLOSED");
    expect(enumCell("visibility", "Жабық")).toBe("CLOSED");
    expect(enumCell("visibility", "closed")).toBe("CLOSED");
    expect(enumCell("visibility", "PUBLIC")).toBe("PUBLIC");
    expect(enumCell("existence", "Искали, не нашли")).toBe("NOT_FOUND");
    expect(enumCell("existence", "не найден")).toBe("NOT_FOUND");
    expect(enumCell("title", "Заместитель акима")).toBe("DEPUTY_AKIM");
    expect(enumCell("title", "Әкімнің орынбасары")).toBe("DEPUTY_AKIM");
    expect(enumCell("akimatLevel", "Область")).toBe("REGION");
    expect(enumCell("accountKind", "Страница")).toBe("PAGE");
  });

  it("reads what people write for platforms", () => {
    expect(enumCell("platform", "Инстаграм")).toBe("INSTAGRAM");
    expect(enumCell("platform", "instagram")).toBe("INSTAGRAM");
    expect(enumCell("platform", "ФБ")).toBe("FACEBOOK");
    expect(enumCell("platform", "ВКонтакте")).toBe("VK");
    expect(enumCell("platform", "Twitter")).toBe("X");
  });

  it("passes what it cannot read on as written, for the schema to refuse", () => {
    expect(enumCell("platform", "Myspace")).toBe("Myspace");
    expect(enumCell("platform", "  ")).toBe("");
  });

  it("reads lists with any separator", () => {
    expect(enumListCell("contentKinds", "Рабочие моменты; Семья")).toBe("OFFICIAL_WORK,FAMILY");
    expect(enumListCell("languages", "Казахский, русский")).toBe("KAZAKH,RUSSIAN");
    expect(enumListCell("languages", "")).toBe("");
  });
});

describe("yesNoCell", () => {
  it("reads yes, no and not noted in three languages", () => {
    for (const yes of ["да", "Да", "иә", "yes", "TRUE", "1", "+", "есть"]) expect(yesNoCell(yes), yes).toBe("yes");
    for (const no of ["нет", "жоқ", "No", "false", "0"]) expect(yesNoCell(no), no).toBe("no");
    for (const blank of ["", " ", "-", "—"]) expect(yesNoCell(blank), blank).toBe("");
    expect(yesNoCell("может быть")).toBe("может быть");
  });
});

describe("dates", () => {
  it("reads days as Kazakhstan writes them, and as ISO", () => {
    expect(dateCell("28.08.2024")).toBe("2024-08-28");
    expect(dateCell("1.8.2024")).toBe("2024-08-01");
    expect(dateCell("28/08/2024")).toBe("2024-08-28");
    expect(dateCell("28.08.24")).toBe("2024-08-28");
    expect(dateCell("2024-08-28")).toBe("2024-08-28");
    expect(dateCell("вчера")).toBe("вчера");
  });

  it("takes a day without a time at noon in the newsroom, and keeps a time given", () => {
    expect(dateTimeCell("28.08.2024")).toBe("2024-08-28T12:00");
    expect(dateTimeCell("28.08.2024 9:05")).toBe("2024-08-28T09:05");
    expect(dateTimeCell("2024-08-28 14:30")).toBe("2024-08-28T14:30");
    expect(dateTimeCell("2024-08-28T14:30:15")).toBe("2024-08-28T14:30");
  });

  it("turns an export's instant into the newsroom's wall clock", () => {
    expect(dateTimeCell("2024-08-28T07:00:00.000Z")).toBe("2024-08-28T12:00");
  });
});

describe("addresses", () => {
  it("reads an address without its scheme as https, and leaves the rest", () => {
    expect(urlCell("instagram.com/zhumagulov")).toBe("https://instagram.com/zhumagulov");
    expect(urlCell("https://facebook.com/x")).toBe("https://facebook.com/x");
    expect(urlCell("javascript:alert(1)")).toBe("javascript:alert(1)");
    expect(urlCell("@zhumagulov")).toBe("@zhumagulov");
  });

  it("tells an address from a handle", () => {
    expect(looksLikeUrl("https://instagram.com/x")).toBe(true);
    expect(looksLikeUrl("instagram.com/x")).toBe(true);
    expect(looksLikeUrl("@zhumagulov")).toBe(false);
    expect(looksLikeUrl("zhumagulov.official")).toBe(false);
  });

  it("lists links one per line", () => {
    expect(linkListCell("https://a.kz/1; https://a.kz/2\nweb.archive.org/x")).toBe("https://a.kz/1\nhttps://a.kz/2\nhttps://web.archive.org/x");
  });
});
