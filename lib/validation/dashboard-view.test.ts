import { describe, expect, it } from "vitest";
import { dashboardQuery, parseDashboardView } from "./dashboard-view";

describe("the dashboard's view in its address", () => {
  it("reads every setting, from repeated checkboxes or a comma list", () => {
    const view = parseDashboardView({ asOf: "2024-08-31", akimats: ["sko", "petropavlovsk"], platform: "INSTAGRAM", sort: "-reach:INSTAGRAM" });
    expect(view).toEqual({ asOf: "2024-08-31", akimats: ["sko", "petropavlovsk"], platform: "INSTAGRAM", sort: { key: "reach:INSTAGRAM", direction: "desc" } });
    expect(dashboardQuery(view)).toBe("?asOf=2024-08-31&akimats=sko,petropavlovsk&platform=INSTAGRAM&sort=-reach%3AINSTAGRAM");
    expect(parseDashboardView({ akimats: "sko,petropavlovsk" }).akimats).toEqual(["sko", "petropavlovsk"]);
  });

  it("falls back to the default view on anything unknown", () => {
    expect(parseDashboardView({ asOf: "2024-13-01", akimats: "<x>", platform: "ORKUT", sort: "salary" })).toEqual({
      asOf: undefined,
      akimats: [],
      platform: undefined,
      sort: { key: "rank", direction: "asc" },
    });
    expect(dashboardQuery(parseDashboardView({}))).toBe("");
  });

  it("moves one setting and keeps the rest", () => {
    const view = parseDashboardView({ asOf: "2024-08-31", platform: "FACEBOOK" });
    expect(dashboardQuery(view, { sort: { key: "openness", direction: "desc" } })).toBe("?asOf=2024-08-31&platform=FACEBOOK&sort=-openness");
  });

  it("takes a wave instead of a day, and ignores what is not a record's id", () => {
    const view = parseDashboardView({ asOf: "2024-08-31", wave: "cm0wave2024aug", akimats: "sko" });
    expect(view.wave).toBe("cm0wave2024aug");
    expect(dashboardQuery(view)).toBe("?wave=cm0wave2024aug&akimats=sko");
    expect(parseDashboardView({ wave: "x'; DROP TABLE waves" }).wave).toBeUndefined();
  });
});
