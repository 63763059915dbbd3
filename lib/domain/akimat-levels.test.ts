import { describe, expect, it } from "vitest";
import { compareAkimats, mayBeParentOf } from "./akimat-levels";

describe("akimat levels", () => {
  it.each([
    ["REGION", "CITY", true],
    ["REGION", "DISTRICT", true],
    ["CITY", "DISTRICT", true],
    ["REGION", "REGION", false],
    ["CITY", "CITY", false],
    ["CITY", "REGION", false],
    ["DISTRICT", "DISTRICT", false],
    ["DISTRICT", "CITY", false],
    ["DISTRICT", "REGION", false],
  ] as const)("lets a %s akimat hold a %s one: %s", (parent, child, allowed) => {
    expect(mayBeParentOf(parent, child)).toBe(allowed);
  });

  it("lists regions, then cities, then districts, each by name", () => {
    const akimats = [
      { level: "DISTRICT", name: "Акимат района «Нура»" },
      { level: "CITY", name: "Акимат города Петропавловска" },
      { level: "REGION", name: "Акимат Северо-Казахстанской области" },
      { level: "CITY", name: "Акимат города Астаны" },
    ] as const;
    expect([...akimats].sort(compareAkimats).map((a) => a.name)).toEqual([
      "Акимат Северо-Казахстанской области",
      "Акимат города Астаны",
      "Акимат города Петропавловска",
      "Акимат района «Нура»",
    ]);
  });
});
