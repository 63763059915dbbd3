import { describe, expect, it } from "vitest";
import { observationFields } from "./observation-fields";
import { pickEmbed } from "./readers";

const embeds = {
  comparisons: ["/embed/comparison?lang=ru", "/embed/comparison?lang=kk"],
  cards: ["/embed/official/a", "/embed/official/b", "/embed/official/c"],
};

describe("pickEmbed", () => {
  it("shows the comparison 60 % of the time and a card otherwise, each variant alike", () => {
    const picks = (first: number, second: number) => {
      const values = [first, second];
      return pickEmbed(embeds, () => values.shift()!);
    };
    expect(picks(0.59, 0.99)).toBe("/embed/comparison?lang=kk");
    expect(picks(0.6, 0)).toBe("/embed/official/a");
    expect(picks(0.9, 0.99)).toBe("/embed/official/c");
  });

  it("falls back to the comparison when there is no card", () => {
    expect(pickEmbed({ comparisons: ["/embed/comparison"], cards: [] }, () => 0.99)).toBe("/embed/comparison");
  });
});

describe("observationFields", () => {
  const base = { mark: "load-2026-11-26T12:00", reporter: 3, n: 4, observedAt: "2026-11-26T12:00" };

  it("fills in an account's counts as people write them, and marks the internal notes with the run", () => {
    const fields = new Map(observationFields({ ...base, subject: { officialId: "o1", platform: "INSTAGRAM", accountId: "a1" } }));
    expect(fields.get("existence")).toBe("FOUND");
    expect(fields.get("accountId")).toBe("a1");
    expect(fields.get("followers")).toMatch(/^\d{1,2}\u00a0\d{3}$|^\d{1,3}$/);
    expect(fields.get("internalNote")).toMatch(/^load-2026-11-26T12:00 reporter 3 #4: /);
  });

  it("sends every field of the form, empty ones too, and no counts for a search that found nothing", () => {
    const found = observationFields({ ...base, subject: { officialId: "o1", platform: "INSTAGRAM", accountId: "a1" } });
    const missing = observationFields({ ...base, subject: { officialId: "o1", platform: "TIKTOK", accountId: null } });
    const names = (fields: [string, string][]) => [...new Set(fields.map(([name]) => name))].filter((name) => name !== "contentKinds" && name !== "languages");
    expect(names(missing)).toEqual(names(found));
    const values = new Map(missing);
    expect(values.get("existence")).toBe("NOT_FOUND");
    expect([values.get("accountId"), values.get("followers"), values.get("posts"), values.get("visibility")]).toEqual(["", "", "", ""]);
  });
});
