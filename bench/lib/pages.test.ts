import { describe, expect, it } from "vitest";
import { resultsName, selectPages, type Page } from "./pages";

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
});
