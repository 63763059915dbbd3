import { describe, expect, it } from "vitest";
import { AccountIndex, findOfficial, matchAccount, nameKey, observationKey, OfficialIndex, type AccountRef } from "./match";

const list = [
  { id: "o1", fullName: "Жусуп Жумагулов", fullNameLatin: "Zhusup Zhumagulov" },
  { id: "o2", fullName: "Айдос Сапаров", fullNameLatin: "Aidos Saparov" },
  { id: "o3", fullName: "Айдос Сапаров", fullNameLatin: "Aydos Saparov" },
];
const officials = new OfficialIndex(list);

describe("findOfficial", () => {
  it("finds by the Cyrillic or the Latin name, whatever the case, spacing and ё", () => {
    expect(nameKey("  ЖУСУП   Жумагулов ")).toBe("жусуп жумагулов");
    expect(findOfficial(officials, "жусуп  жумагулов", null)).toEqual({ found: list[0] });
    expect(findOfficial(officials, "Zhusup Zhumagulov", null)).toEqual({ found: list[0] });
    expect(findOfficial(officials, "Калия Туренова", null)).toBeNull();
  });

  it("tells namesakes apart by the Latin name, and refuses to guess without it", () => {
    expect(findOfficial(officials, "Айдос Сапаров", "Aydos Saparov")).toEqual({ found: list[2] });
    expect(findOfficial(officials, "Айдос Сапаров", null)).toEqual({ ambiguous: true });
  });
});

const account = (id: string, data: Partial<AccountRef> = {}): AccountRef => ({
  id,
  officialId: "o1",
  platform: "FACEBOOK",
  handle: null,
  url: null,
  label: null,
  ...data,
});
type Row = Parameters<typeof matchAccount>[0];
const none: Row = { officialId: "o1", platform: "FACEBOOK", handle: null, url: null, label: null };
/** The official's accounts on the platform are `mine`; `others` are anyone else's. */
const match = (row: Row, mine: AccountRef[], others: AccountRef[] = []) => matchAccount(row, new AccountIndex([...mine, ...others]));

describe("matchAccount", () => {
  it("takes the official's only account on the platform when the row says nothing more", () => {
    const only = account("a1");
    expect(match(none, [only])).toEqual({ match: only, fill: {} });
    expect(match(none, [])).toEqual({ create: true });
  });

  it("fills in a handle or address the registry did not have", () => {
    const only = account("a1");
    expect(match({ ...none, handle: "@zhumagulov" }, [only])).toEqual({ match: only, fill: { handle: "@zhumagulov" } });
  });

  it("matches by address, handle (without @, any case) or label", () => {
    const page1 = account("a1", { label: "Страница 1", url: "https://facebook.com/turenova" });
    const page2 = account("a2", { label: "Страница 2", handle: "turenova2" });
    const all = [page1, page2];
    expect(match({ ...none, url: "https://facebook.com/turenova/" }, all)).toMatchObject({ match: page1 });
    expect(match({ ...none, handle: "@Turenova2" }, all)).toMatchObject({ match: page2 });
    expect(match({ ...none, label: "страница 2" }, all)).toMatchObject({ match: page2 });
    expect(match({ ...none, label: "Страница 3" }, all)).toEqual({ create: true });
  });

  it("refuses what the account form refuses", () => {
    const page1 = account("a1", { label: "Страница 1" });
    const page2 = account("a2", { label: "Страница 2" });
    const elsewhere = account("x", { officialId: "o2", url: "https://facebook.com/someone" });
    expect(match(none, [page1, page2])).toEqual({ error: "accountAmbiguous", field: "label" });
    expect(match({ ...none, url: "https://facebook.com/someone" }, [page1], [elsewhere])).toEqual({ error: "accountExists", field: "url" });
    const unlabelled = account("a3", { handle: "first" });
    expect(match({ ...none, handle: "second" }, [unlabelled])).toEqual({ error: "labelNeeded", field: "label" });
    const labelled = account("a4", { handle: "first", label: "Основная" });
    expect(match({ ...none, handle: "second", label: "основная" }, [labelled])).toEqual({ error: "labelTaken", field: "label" });
  });
});

describe("observationKey", () => {
  it("is one official, platform, account and moment", () => {
    const at = new Date("2024-08-28T07:00:00Z");
    expect(observationKey({ officialId: "o1", platform: "INSTAGRAM", accountId: null, observedAt: at })).toBe("o1|INSTAGRAM|-|2024-08-28T07:00:00.000Z");
  });
});
