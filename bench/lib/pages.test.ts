import { describe, expect, it } from "vitest";
import { assertRecordIds, resultsName, selectPages, type Page } from "./pages";

const page = (key: string): Page => ({ key, label: key, path: `/${key}`, comparable: true });

describe("choosing pages", () => {
  const pages = ["dashboard", "wave-checklist", "wave-changes", "review-queue"].map(page);

  it("keeps every page without --pages, and those whose key starts with one of its prefixes with it", () => {
    expect(selectPages(pages, undefined)).toHaveLength(4);
    expect(selectPages(pages, "wave").map((p) => p.key)).toEqual(["wave-checklist", "wave-changes"]);
    expect(selectPages(pages, "dashboard,review").map((p) => p.key)).toEqual(["dashboard", "review-queue"]);
  });

  it("writes a run of some pages beside the whole run's results, not over them", () => {
    expect(resultsName("render", undefined)).toBe("render.json");
    expect(resultsName("render", "wave")).toBe("render-wave.json");
    expect(resultsName("explain-full", "wave,review")).toBe("explain-full-wave-review.json");
  });

  it('refuses a page whose address names an id the app would refuse, rather than time its "not found"', () => {
    const at = (path: string): Page => ({ key: "p", label: path, path, comparable: true });
    expect(() => assertRecordIds([at("/officials/bench0official00123"), at("/waves/benchwave1/checklist?akimat=bench0akimatkaragandacity")])).not.toThrow();
    expect(() => assertRecordIds([at("/waves/changes?from=benchwave1&to=benchwave2"), at("/waves/changes.csv?from=2025-11-29&to=2026-11-15")])).not.toThrow();
    expect(() => assertRecordIds([at("/officials/bench-official-00123")])).toThrow(/bench-official-00123/);
    expect(() => assertRecordIds([at("/waves/benchwave1/checklist?akimat=bench-akimat-karaganda-city")])).toThrow(/refuses/);
  });
});
