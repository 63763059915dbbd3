import { describe, expect, it } from "vitest";
import { matchColumns } from "./columns";
import { planRegistryRows } from "./plan-registry-rows";
import type { RegistrySnapshot } from "./registry-workspace";

const snapshot = (): RegistrySnapshot => ({
  akimats: [
    {
      id: "sko",
      slug: "sko",
      name: "Акимат Северо-Казахстанской области",
      nameKk: null,
      nameEn: "North Kazakhstan Region Akimat",
      level: "REGION",
      endedOn: null,
    },
  ],
  officials: [{ id: "akim", fullName: "Гауез Нурмухамбетов", fullNameLatin: "Gauez Nurmukhambetov" }],
  positions: [{ id: "akim-post", officialId: "akim", akimatId: "sko", title: "AKIM", portfolio: null, startedOn: null, endedOn: null }],
  accounts: [{ id: "akim-ig", officialId: "akim", platform: "INSTAGRAM", kind: "PERSONAL_PROFILE", handle: null, url: null, label: null }],
});

function plan(header: string[], lines: string[][], data = snapshot()) {
  let n = 0;
  return planRegistryRows({
    headers: header,
    mapping: matchColumns(header, "REGISTRY"),
    rows: lines.map((cells, i) => ({ n: i + 2, cells })),
    snapshot: data,
    newId: () => `new-${++n}`,
  });
}

const HEADER = ["Акимат", "Уровень акимата", "Вышестоящий акимат", "ФИО", "Должность", "Курирует", "Дата назначения", "Платформа", "Ссылка", "Метка"];

describe("planRegistryRows", () => {
  it("adds a new akimat under an existing one, an official, the post and an account, each once", () => {
    const result = plan(HEADER, [
      ["Акимат города Петропавловска", "Город", "sko", "Ержан Мустафин", "Заместитель акима", "строительство", "", "Facebook", "", ""],
      ["Акимат города Петропавловска", "Город", "sko", "Ержан Мустафин", "Заместитель акима", "строительство", "", "Instagram", "instagram.com/mustafin", ""],
    ]);
    expect(result.errors).toEqual([]);
    expect(result.writes.akimats).toEqual([
      expect.objectContaining({ slug: "akimat-goroda-petropavlovska", name: "Акимат города Петропавловска", level: "CITY", parentId: "sko" }),
    ]);
    expect(result.writes.officials).toEqual([expect.objectContaining({ fullName: "Ержан Мустафин", fullNameLatin: "Yerzhan Mustafin" })]);
    expect(result.writes.positions).toEqual([
      expect.objectContaining({ title: "DEPUTY_AKIM", portfolio: "строительство", akimatId: result.writes.akimats[0]!.id }),
    ]);
    expect(result.writes.accounts.map((a) => [a.platform, a.url])).toEqual([
      ["FACEBOOK", null],
      ["INSTAGRAM", "https://instagram.com/mustafin"],
    ]);
    expect(result.changes.filter((c) => c.row === 3).map((c) => `${c.entity}:${c.action}`)).toEqual(["account:create"]);
  });

  it("finds what the registry has by short name or name, fills blanks, and changes nothing else", () => {
    const result = plan(
      ["Акимат", "Акимат на казахском", "ФИО", "ФИО латиницей", "Должность", "Курирует", "Платформа", "Имя пользователя"],
      [["sko", "Солтүстік Қазақстан облысының әкімдігі", "Гауез Нурмухамбетов", "Gauez Nurmukhambetov", "Аким", "всё", "Instagram", "@nurmukhambetov"]],
    );
    expect(result.errors).toEqual([]);
    expect(result.writes.akimats.length + result.writes.officials.length + result.writes.positions.length + result.writes.accounts.length).toBe(0);
    expect(result.writes.updates).toEqual([
      { entity: "akimat", id: "sko", data: { nameKk: "Солтүстік Қазақстан облысының әкімдігі" } },
      { entity: "position", id: "akim-post", data: { portfolio: "всё" } },
      { entity: "account", id: "akim-ig", data: { handle: "@nurmukhambetov" } },
    ]);
    expect(result.changes.map((c) => `${c.entity}:${c.action}`)).toEqual(["akimat:update", "official:unchanged", "position:update", "account:update"]);
  });

  it("says of a repeated row that it adds nothing", () => {
    const result = plan(
      ["ФИО", "Акимат", "Должность"],
      [
        ["Гауез Нурмухамбетов", "Акимат Северо-Казахстанской области", "Аким"],
        ["Гауез Нурмухамбетов", "Акимат Северо-Казахстанской области", "Аким"],
      ],
    );
    expect(result.changes.at(-1)).toEqual({ row: 3, entity: "official", action: "duplicate", name: "Гауез Нурмухамбетов", sameAsRow: 2 });
  });

  it("checks every part with the registry forms' schemas and skips the whole row", () => {
    const result = plan(HEADER, [
      ["Акимат района", "Район", "нет такого", "Жумагулoв", "Министр", "", "2024-13-01", "Instagram", "javascript:alert(1)", ""],
      ["astana", "", "", "Рустем Курманов", "Заместитель акима", "", "", "", "", ""],
    ]);
    expect(result.writes).toMatchObject({ akimats: [], officials: [], positions: [], accounts: [] });
    expect(result.rowsWithErrors).toBe(2);
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { row: 2, column: "Вышестоящий акимат", value: "нет такого", message: "akimatNotFound" },
        { row: 2, column: "ФИО", value: "Жумагулoв", message: "cyrillicName" },
        { row: 3, column: "Акимат", value: "astana", message: "akimatNotFound" },
      ]),
    );
  });

  it("refuses a district as the parent of a region, and an account of someone else's address", () => {
    const data = snapshot();
    data.accounts.push({ id: "other", officialId: "someone", platform: "FACEBOOK", kind: "PAGE", handle: null, url: "https://facebook.com/page", label: null });
    const result = plan(
      HEADER,
      [
        ["Акимат Нового региона", "Область", "sko", "", "", "", "", "", "", ""],
        ["sko", "", "", "Гауез Нурмухамбетов", "Аким", "", "", "Facebook", "https://facebook.com/page", ""],
      ],
      data,
    );
    expect(result.errors).toEqual([
      { row: 2, column: "Вышестоящий акимат", value: "sko", message: "parentLevel" },
      { row: 3, column: "Ссылка", value: "https://facebook.com/page", message: "accountExists" },
    ]);
  });
});
