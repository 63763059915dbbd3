import { describe, expect, it } from "vitest";
import { newsroomDay, parseDateOnly, parseLocalDateTime, toLocalDateTimeInput, toNewsroomDateTime } from "./time";

describe("newsroom time", () => {
  it("reads a datetime-local value in Kazakhstan's zone (UTC+5)", () => {
    expect(parseLocalDateTime("2024-08-28T14:30")?.toISOString()).toBe("2024-08-28T09:30:00.000Z");
    expect(toLocalDateTimeInput(new Date("2024-08-28T09:30:00Z"))).toBe("2024-08-28T14:30");
  });

  it("refuses what is not a date", () => {
    expect(parseLocalDateTime("28.08.2024")).toBeUndefined();
    expect(parseLocalDateTime("2024-02-30T10:00")).toBeUndefined();
    expect(parseDateOnly("2023-02-29")).toBeUndefined();
    expect(parseDateOnly("2024-13-01")).toBeUndefined();
    expect(parseDateOnly("2024-00-10")).toBeUndefined();
    expect(parseDateOnly("2023-08-17")?.toISOString()).toBe("2023-08-17T00:00:00.000Z");
  });

  it("writes an instant as the newsroom's clock showed it, for spreadsheets", () => {
    expect(toNewsroomDateTime(new Date("2024-08-28T07:00:00Z"))).toBe("2024-08-28 12:00");
    expect(toNewsroomDateTime(new Date("2024-08-31T20:30:00Z"))).toBe("2024-09-01 01:30");
  });

  it("knows the newsroom's day of a late-evening UTC instant", () => {
    expect(newsroomDay(new Date("2024-08-26T20:00:00Z")).toISOString()).toBe("2024-08-27T00:00:00.000Z");
  });

  it("gives the day of the local clock's text, every hour for three years, around midnight and an offset's change", () => {
    // What newsroomDay was until it counted milliseconds (issue 17): the day read back from the wall clock's text.
    const fromText = (instant: Date, zone: string) => parseDateOnly(toLocalDateTimeInput(instant, zone).slice(0, 10))!.toISOString();
    const instants = [];
    for (let t = Date.parse("2023-01-01T00:00:00Z"); t < Date.parse("2026-01-01T00:00:00Z"); t += 3_600_000 + 61_000) instants.push(new Date(t));
    // Kazakhstan's own change: UTC+6 in Almaty until 1 March 2024, UTC+5 after; and Berlin's spring change.
    for (const edge of ["2024-02-29T17:59:59.999Z", "2024-02-29T18:00:00Z", "2024-02-29T19:00:00Z", "2024-03-31T00:59:59.999Z", "2024-03-31T01:00:00Z"]) {
      instants.push(new Date(edge));
    }
    for (const zone of ["Asia/Almaty", "Europe/Berlin"]) {
      for (const instant of instants) expect(newsroomDay(instant, zone).toISOString(), `${instant.toISOString()} in ${zone}`).toBe(fromText(instant, zone));
    }
  });
});

describe("a zone's offset, remembered per day", () => {
  it("stays exact across a daylight-saving change, before and after it is remembered", () => {
    // Berlin moved from +01:00 to +02:00 at 01:00 UTC on 31 March 2024.
    for (let round = 0; round < 2; round++) {
      expect(toLocalDateTimeInput(new Date("2024-03-31T00:59:00Z"), "Europe/Berlin")).toBe("2024-03-31T01:59");
      expect(toLocalDateTimeInput(new Date("2024-03-31T01:00:00Z"), "Europe/Berlin")).toBe("2024-03-31T03:00");
    }
    // Kazakhstan's single zone: UTC+5 since 1 March 2024.
    expect(toLocalDateTimeInput(new Date("2024-08-28T07:00:00Z"))).toBe("2024-08-28T12:00");
  });
});
