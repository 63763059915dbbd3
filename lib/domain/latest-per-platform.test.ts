import { describe, expect, it } from "vitest";
import { currentOnPlatform } from "./latest-per-platform";

const at = (day: string) => new Date(`${day}T00:00:00Z`);

describe("currentOnPlatform", () => {
  it("keeps every account's latest observation (two Facebook pages)", () => {
    const pages = [
      { accountId: "page-1", observedAt: at("2024-08-20") },
      { accountId: "page-2", observedAt: at("2024-08-21") },
    ];
    expect(currentOnPlatform(pages)).toEqual(pages);
  });

  it("lets a later search that found nothing stand for the platform", () => {
    const search = { accountId: null, observedAt: at("2024-09-01") };
    expect(currentOnPlatform([{ accountId: "a", observedAt: at("2024-08-01") }, search])).toEqual([search]);
  });

  it("ignores an earlier failed search once an account is found", () => {
    const found = { accountId: "a", observedAt: at("2024-09-01") };
    expect(currentOnPlatform([{ accountId: null, observedAt: at("2024-08-01") }, found])).toEqual([found]);
  });

  it("reports nothing when nothing was observed", () => {
    expect(currentOnPlatform([])).toEqual([]);
  });
});
