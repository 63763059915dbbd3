import { describe, expect, it } from "vitest";
import { asOfFromParam, asOfToParam, clampAsOf, endOfNewsroomDay, isFutureDay, monthEndsUntil } from "./as-of";
import { parseDateOnly } from "./time";

const now = new Date("2024-09-10T06:00:00Z"); // 11:00 on 10 September in Petropavlovsk

describe("as of a date", () => {
  it("reads a day as the end of that day in the newsroom's zone (UTC+5 since March 2024)", () => {
    expect(asOfFromParam("2024-08-31", now).toISOString()).toBe("2024-08-31T18:59:59.999Z");
  });

  it("knows the zone was UTC+6 before March 2024", () => {
    expect(endOfNewsroomDay(parseDateOnly("2023-12-31")!).toISOString()).toBe("2023-12-31T17:59:59.999Z");
  });

  it("falls back to now for a missing or invalid value, and never throws", () => {
    for (const value of [undefined, "", "yesterday", "2024-02-30", "31.08.2024", "2024-08-31T10:00"]) {
      expect(asOfFromParam(value, now)).toBe(now);
    }
  });

  it("clamps today and future days to now", () => {
    expect(asOfFromParam("2024-09-10", now)).toBe(now);
    expect(asOfFromParam("2030-01-01", now)).toBe(now);
    expect(clampAsOf(new Date("2024-09-11T00:00:00Z"), now)).toBe(now);
    expect(clampAsOf(new Date("2024-09-01T00:00:00Z"), now).toISOString()).toBe("2024-09-01T00:00:00.000Z");
  });

  it("tells a future day from today, in the newsroom's zone", () => {
    expect(isFutureDay(parseDateOnly("2024-09-11")!, now)).toBe(true);
    expect(isFutureDay(parseDateOnly("2024-09-10")!, now)).toBe(false);
    // 20:00 UTC on the 10th is already the 11th in Petropavlovsk.
    expect(isFutureDay(parseDateOnly("2024-09-11")!, new Date("2024-09-10T20:00:00Z"))).toBe(false);
  });

  it("writes the as-of instant back as its day", () => {
    expect(asOfToParam(asOfFromParam("2024-08-31", now))).toBe("2024-08-31");
    expect(asOfToParam(now)).toBe("2024-09-10");
  });
});

describe("monthEndsUntil", () => {
  it("gives the end of each month, the as-of instant last", () => {
    const asOf = asOfFromParam("2024-08-15", now);
    const points = monthEndsUntil(asOf, 4);
    expect(points.map((p) => p.toISOString())).toEqual([
      "2024-05-31T18:59:59.999Z",
      "2024-06-30T18:59:59.999Z",
      "2024-07-31T18:59:59.999Z",
      asOf.toISOString(),
    ]);
  });

  it("crosses years and the change of zone", () => {
    const points = monthEndsUntil(asOfFromParam("2024-03-31", now), 5);
    expect(points.map((p) => p.toISOString())).toEqual([
      "2023-11-30T17:59:59.999Z",
      "2023-12-31T17:59:59.999Z",
      "2024-01-31T17:59:59.999Z",
      // 1 March 2024 00:00 (+06) became 29 February 23:00 (+05): the 29th lasted an hour longer.
      "2024-02-29T18:59:59.999Z",
      "2024-03-31T18:59:59.999Z",
    ]);
  });

  it("gives one point, the as-of instant, for a single month", () => {
    expect(monthEndsUntil(now, 1)).toEqual([now]);
    expect(monthEndsUntil(now, 0)).toEqual([now]);
  });
});
