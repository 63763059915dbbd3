import { describe, expect, it } from "vitest";
import { percentile, summarize } from "./stats";

describe("percentile", () => {
  it("takes the nearest rank, a measured value", () => {
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 99)).toBe(99);
  });

  it("gives the slowest run as p95 and p99 of a handful", () => {
    expect(percentile([1, 2, 3, 4, 5], 95)).toBe(5);
    expect(percentile([1, 2, 3, 4, 5], 50)).toBe(3);
  });

  it("has nothing to say about no runs", () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe("summarize", () => {
  it("sorts before ranking and reports the extremes and the mean", () => {
    expect(summarize([30, 10, 20])).toEqual({ runs: 3, p50: 20, p95: 30, p99: 30, min: 10, max: 30, mean: 20 });
  });
});
