import { describe, expect, it } from "vitest";
import { linearScale, monthDomain, percent, stackSegments, timeScale } from "./scale";

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("linearScale", () => {
  it("is proportional and starts at zero", () => {
    const scale = linearScale(10_000);
    expect(scale(0)).toBe(0);
    expect(scale(2_500)).toBe(0.25);
    expect(scale(10_000)).toBe(1);
  });

  it("clamps values outside the axis and survives an empty axis", () => {
    expect(linearScale(100)(150)).toBe(1);
    expect(linearScale(100)(-3)).toBe(0);
    expect(linearScale(0)(5)).toBe(0);
  });
});

describe("percent", () => {
  it("writes an SVG percentage without float noise", () => {
    expect(percent(0.375)).toBe("37.5%");
    expect(percent(1 / 3)).toBe("33.333%");
    expect(percent(0)).toBe("0%");
  });
});

describe("monthDomain", () => {
  it("widens to whole months", () => {
    expect(monthDomain([utc("2024-08-26"), utc("2023-08-17")])).toEqual({ start: utc("2023-08-01"), end: utc("2024-09-01") });
  });

  it("keeps an end that is already a month start", () => {
    expect(monthDomain([utc("2024-01-01"), utc("2024-08-01")])).toEqual({ start: utc("2024-01-01"), end: utc("2024-08-01") });
  });

  it("gives a single date its month", () => {
    expect(monthDomain([utc("2024-08-26")])).toEqual({ start: utc("2024-08-01"), end: utc("2024-09-01") });
    expect(monthDomain([utc("2024-08-01")])).toEqual({ start: utc("2024-08-01"), end: utc("2024-09-01") });
  });
});

describe("timeScale", () => {
  it("maps dates linearly between the ends", () => {
    const scale = timeScale({ start: utc("2024-01-01"), end: utc("2024-01-11") });
    expect(scale(utc("2024-01-01"))).toBe(0);
    expect(scale(utc("2024-01-06"))).toBe(0.5);
    expect(scale(utc("2024-01-11"))).toBe(1);
    expect(scale(utc("2025-01-01"))).toBe(1);
  });

  it("centres everything on an empty span", () => {
    expect(timeScale({ start: utc("2024-01-01"), end: utc("2024-01-01") })(utc("2024-01-01"))).toBe(0.5);
  });
});

describe("stackSegments", () => {
  it("lays segments end to end as fractions of the maximum", () => {
    const segments = stackSegments([20, 30, 10], 100);
    expect(segments.map((segment) => segment.from)).toEqual([0, 0.2, 0.5]);
    expect(segments.map((segment) => segment.share)).toEqual([0.2, 0.3, expect.closeTo(0.1)]);
  });

  it("cuts at the bar's end and ignores negative values", () => {
    const segments = stackSegments([80, 40, -5, 10], 100);
    expect(segments[1]).toEqual({ from: 0.8, share: expect.closeTo(0.2) });
    expect(segments[2]!.share).toBe(0);
    expect(segments[3]).toEqual({ from: 1, share: 0 });
  });
});
