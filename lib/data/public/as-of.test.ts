import { describe, expect, it } from "vitest";
import { parseAsOf } from "./as-of";

describe("parseAsOf", () => {
  it("means everything when absent or empty", () => {
    expect(parseAsOf(null)).toEqual({ day: null, until: null });
    expect(parseAsOf("")).toEqual({ day: null, until: null });
  });

  it("reaches to the end of the day in Kazakhstan's zone (UTC+5)", () => {
    expect(parseAsOf("2024-08-31")).toEqual({ day: "2024-08-31", until: new Date("2024-08-31T18:59:59.999Z") });
  });

  it.each(["31.08.2024", "2024-02-30", "2024-8-31", " 2024-08-31", "0024-08-31", "yesterday"])("refuses %j", (value) => {
    expect(parseAsOf(value)).toBeUndefined();
  });
});
