import { describe, expect, it } from "vitest";
import { monthIndex, monthStart, monthTicks, niceStep, zeroBasedTicks } from "./ticks";

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const isoDays = (dates: Date[]) => dates.map((date) => date.toISOString().slice(0, 10));

describe("niceStep", () => {
  it.each([
    [10_000, 4, 5_000],
    [3_517, 4, 1_000],
    [100, 4, 50],
    [100, 5, 20],
    [8, 4, 2],
    [1, 4, 0.5],
    [0.3, 3, 0.1],
  ])("splits %d into about %d round steps of %d", (span, count, step) => {
    expect(niceStep(span, count)).toBe(step);
  });
});

describe("zeroBasedTicks", () => {
  it("starts at zero and ends on a round number at or above the maximum", () => {
    expect(zeroBasedTicks(10_000)).toEqual({ max: 10_000, ticks: [0, 5_000, 10_000] });
    expect(zeroBasedTicks(3_517)).toEqual({ max: 4_000, ticks: [0, 1_000, 2_000, 3_000, 4_000] });
    expect(zeroBasedTicks(4_999)).toEqual({ max: 6_000, ticks: [0, 2_000, 4_000, 6_000] });
  });

  it("keeps a maximum that is already round", () => {
    expect(zeroBasedTicks(100).max).toBe(100);
    expect(zeroBasedTicks(316).ticks.at(-1)).toBe(400);
  });

  it("never steps below 1 for whole counts", () => {
    expect(zeroBasedTicks(2, { integer: true }).ticks).toEqual([0, 1, 2]);
    expect(zeroBasedTicks(1, { integer: true }).ticks).toEqual([0, 1]);
    expect(zeroBasedTicks(2).ticks).toEqual([0, 0.5, 1, 1.5, 2]);
  });

  it("has no floating-point noise in its labels", () => {
    expect(zeroBasedTicks(0.3, { count: 3 }).ticks).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it("gives an axis from 0 to 1 when there is nothing positive to show", () => {
    expect(zeroBasedTicks(0)).toEqual({ max: 1, ticks: [0, 1] });
    expect(zeroBasedTicks(-5)).toEqual({ max: 1, ticks: [0, 1] });
    expect(zeroBasedTicks(Number.NaN)).toEqual({ max: 1, ticks: [0, 1] });
    expect(zeroBasedTicks(-Infinity)).toEqual({ max: 1, ticks: [0, 1] });
  });
});

describe("months", () => {
  it("counts months in UTC and back", () => {
    expect(monthIndex(utc("2024-08-26"))).toBe(2024 * 12 + 7);
    expect(monthStart(2024 * 12 + 7)).toEqual(utc("2024-08-01"));
    expect(monthStart(2024 * 12 + 12)).toEqual(utc("2025-01-01"));
    // Late in the day in Almaty is still the same UTC month.
    expect(monthIndex(new Date("2024-08-31T23:30:00Z"))).toBe(2024 * 12 + 7);
  });
});

describe("monthTicks", () => {
  it("ticks every month over a short span, ends included", () => {
    const { ticks, step } = monthTicks(utc("2024-06-01"), utc("2024-09-01"));
    expect(step).toBe(1);
    expect(isoDays(ticks)).toEqual(["2024-06-01", "2024-07-01", "2024-08-01", "2024-09-01"]);
  });

  it("skips a start that falls inside a month", () => {
    expect(isoDays(monthTicks(utc("2024-08-15"), utc("2024-10-01")).ticks)).toEqual(["2024-09-01", "2024-10-01"]);
  });

  it("steps by calendar-aligned months as the span grows", () => {
    const year = monthTicks(utc("2024-01-01"), utc("2025-01-01"));
    expect(year.step).toBe(6);
    expect(isoDays(year.ticks)).toEqual(["2024-01-01", "2024-07-01", "2025-01-01"]);
    const quarters = monthTicks(utc("2024-02-01"), utc("2024-11-01"));
    expect(quarters.step).toBe(3);
    expect(isoDays(quarters.ticks)).toEqual(["2024-04-01", "2024-07-01", "2024-10-01"]);
  });

  it("labels years over long spans", () => {
    const { ticks, step } = monthTicks(utc("2019-03-01"), utc("2024-09-01"));
    expect(step).toBe(24);
    expect(isoDays(ticks)).toEqual(["2020-01-01", "2022-01-01", "2024-01-01"]);
  });

  it("respects a custom maximum", () => {
    expect(monthTicks(utc("2024-01-01"), utc("2024-12-01"), 12).step).toBe(1);
  });
});
