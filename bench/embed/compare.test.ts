import { describe, expect, it } from "vitest";
import { compare, comparisonTable, figuresOf } from "./compare";
import type { Segment } from "./load";

function segment(target: string, round: number, ok: number, seconds: number, latenciesMs: number[], serverCpuMs = ok): Segment {
  return { target, round, ok, seconds, latenciesMs, serverCpuMs, non2xx: 0, errors: 0, timeouts: 0, loadBefore: 1, loadAfter: 1 };
}

describe("figuresOf", () => {
  it("pools every round of a target: throughput over all seconds, percentiles over all responses", () => {
    const segments = [segment("embed", 1, 1000, 10, [1, 2, 3], 3000), segment("static", 1, 5, 1, [9]), segment("embed", 2, 3000, 10, [4, 5], 5000)];
    const figures = figuresOf(segments, "embed");
    expect(figures.requests).toBe(4000);
    expect(figures.throughput).toBe(200);
    expect(figures.roundThroughputs).toEqual([100, 300]);
    expect(figures.p50).toBe(3);
    expect(figures.p99).toBe(5);
    expect(figures.serverCpuMsPerResponse).toBe(2);
  });

  it("refuses a target that was never measured", () => {
    expect(() => figuresOf([segment("embed", 1, 1, 1, [1])], "static")).toThrow(/static/);
  });
});

describe("compare", () => {
  it("passes an embed within 1.25× the static p50 and at 0.8× its throughput, the limits included", () => {
    const result = compare([segment("embed", 1, 800, 1, [2.5]), segment("static", 1, 1000, 1, [2])]);
    expect(result.p50Ratio).toBeCloseTo(1.25);
    expect(result.throughputRatio).toBeCloseTo(0.8);
    expect(result.meetsP50).toBe(true);
    expect(result.meetsThroughput).toBe(true);
  });

  it("fails a slower embed on both counts and says so in the table", () => {
    const result = compare([segment("embed", 1, 500, 1, [4], 2000), segment("static", 1, 1000, 1, [2], 1000)]);
    expect(result.cpuRatio).toBe(4);
    expect(result.meetsP50).toBe(false);
    expect(result.meetsThroughput).toBe(false);
    expect(comparisonTable(result)).toContain("**2.00×** (target ≤ 1.25×: misses)");
    expect(comparisonTable(result)).toContain("**0.50×** (target ≥ 0.8×: misses)");
  });
});
