import { describe, expect, it } from "vitest";
import { matchColumns } from "./columns";
import { observationKey } from "./match";
import { planObservationRows, type ObservationSnapshot } from "./plan-observation-rows";

const snapshot = (): ObservationSnapshot => ({
  officials: [
    { id: "akim", fullName: "Гауез Нурмухамбетов", fullNameLatin: "Gauez Nurmukhambetov" },
    { id: "deputy", fullName: "Калия Туренова", fullNameLatin: "Kaliya Turenova" },
    { id: "first", fullName: "Марат Тасмаганбетов", fullNameLatin: "Marat Tasmaganbetov" },
  ],
  accounts: [
    { id: "akim-ig", officialId: "akim", platform: "INSTAGRAM", kind: "PERSONAL_PROFILE", handle: null, url: null, label: null },
    { id: "page1", officialId: "deputy", platform: "FACEBOOK", kind: "PERSONAL_PROFILE", handle: null, url: null, label: "Страница 1" },
    { id: "page2", officialId: "deputy", platform: "FACEBOOK", kind: "PERSONAL_PROFILE", handle: null, url: null, label: "Страница 2" },
  ],
  observationKeys: new Set(),
});

function plan(header: string[], lines: string[][], data = snapshot()) {
  let n = 0;
  return planObservationRows({
    headers: header,
    mapping: matchColumns(header, "OBSERVATIONS"),
    rows: lines.map((cells, i) => ({ n: i + 2, cells })),
    snapshot: data,
    newId: () => `new-${++n}`,
  });
}

const HEADER = ["ФИО", "Платформа", "Метка", "Дата", "Подписчики", "Видимость", "Аватар"];

describe("planObservationRows", () => {
  it("reads a row as the observation form would, and finds the official and the account", () => {
    const result = plan(HEADER, [["Гауез Нурмухамбетов", "Инстаграм", "", "28.08.2024", "3 517", "Открытый", "да"]]);
    expect(result.errors).toEqual([]);
    expect(result.writes.observations).toHaveLength(1);
    expect(result.writes.observations[0]!.input).toMatchObject({
      officialId: "akim",
      accountId: "akim-ig",
      platform: "INSTAGRAM",
      existence: "FOUND",
      visibility: "PUBLIC",
      hasAvatar: true,
      followers: { raw: "3 517", value: 3517, approximate: false },
    });
    expect(result.writes.observations[0]!.input.observedAt.toISOString()).toBe("2024-08-28T07:00:00.000Z");
    expect(result.changes).toEqual([
      { row: 2, entity: "observation", action: "create", name: "Гауез Нурмухамбетов", platform: "INSTAGRAM", detail: "2024-08-28 12:00" },
    ]);
  });

  it("names the row, the column and the value of every refused cell, and skips the row", () => {
    const result = plan(HEADER, [["Гауез Нурмухамбетов", "Myspace", "", "31.02.2024", "много", "Секретный", "может быть"]]);
    expect(result.writes.observations).toEqual([]);
    expect(result.rowsWithErrors).toBe(1);
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { row: 2, column: "Платформа", value: "Myspace", message: "unknownOption" },
        { row: 2, column: "Дата", value: "31.02.2024", message: "invalidDateTime" },
        { row: 2, column: "Подписчики", value: "много", message: "countUnparsable" },
        { row: 2, column: "Видимость", value: "Секретный", message: "unknownOption" },
        { row: 2, column: "Аватар", value: "может быть", message: "unknownOption" },
      ]),
    );
  });

  it("refuses an official the registry does not have, and an account it cannot tell", () => {
    const result = plan(HEADER, [
      ["Иван Иванов", "Instagram", "", "28.08.2024", "", "", ""],
      ["Калия Туренова", "Facebook", "", "28.08.2024", "", "", ""],
    ]);
    expect(result.errors).toEqual([
      { row: 2, column: "ФИО", value: "Иван Иванов", message: "officialNotFound" },
      { row: 3, column: "Метка", value: "", message: "accountAmbiguous" },
    ]);
  });

  it("picks one of several accounts by its label, and adds an account the official does not have yet", () => {
    const result = plan(HEADER, [
      ["Калия Туренова", "Facebook", "Страница 2", "28.08.2024", "", "", ""],
      ["Калия Туренова", "Instagram", "", "28.08.2024", "", "Закрытый", "да"],
    ]);
    expect(result.errors).toEqual([]);
    const [newAccount] = result.writes.accounts;
    expect(result.writes.observations.map((o) => o.input.accountId)).toEqual(["page2", newAccount!.id]);
    expect(result.writes.accounts).toEqual([
      { id: newAccount!.id, officialId: "deputy", platform: "INSTAGRAM", kind: "PERSONAL_PROFILE", handle: null, url: null, label: null },
    ]);
  });

  it("records a search that found nothing without an account", () => {
    const result = plan([...HEADER, "Результат"], [["Марат Тасмаганбетов", "Instagram", "", "28.08.2024", "", "", "", "Искали, не нашли"]]);
    expect(result.writes.observations[0]!.input).toMatchObject({ existence: "NOT_FOUND", accountId: null });
    expect(result.writes.accounts).toEqual([]);
  });

  it("skips a duplicate row, and an observation already recorded", () => {
    const data = snapshot();
    data.observationKeys.add(observationKey({ officialId: "deputy", platform: "FACEBOOK", accountId: "page1", observedAt: new Date("2024-08-28T07:00:00Z") }));
    const result = plan(
      HEADER,
      [
        ["Гауез Нурмухамбетов", "Instagram", "", "28.08.2024", "3 517", "", ""],
        ["гауез  нурмухамбетов", "инстаграм", "", "2024-08-28", "3 517", "", ""],
        ["Калия Туренова", "Facebook", "Страница 1", "28.08.2024", "", "", ""],
      ],
      data,
    );
    expect(result.writes.observations).toHaveLength(1);
    expect(result.changes.map(({ row, action, sameAsRow }) => ({ row, action, sameAsRow }))).toEqual([
      { row: 2, action: "create", sameAsRow: undefined },
      { row: 3, action: "duplicate", sameAsRow: 2 },
      { row: 4, action: "duplicate", sameAsRow: undefined },
    ]);
  });
});
