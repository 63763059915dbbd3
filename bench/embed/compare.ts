/**
 * From autocannon segments to the figures issue 6 asks for: each target's throughput and latency over all its
 * rounds, and the embed measured against the static file. Pure, so that it is tested (compare.test.ts).
 */
import { percentile } from "../lib/stats";
import type { Segment } from "./load";

/** Issue 6: the embed within 1.25× of the static file's p50 latency, and at least 0.8× its throughput. */
export const TARGETS = { p50Ratio: 1.25, throughputRatio: 0.8 } as const;

export type TargetFigures = {
  requests: number;
  seconds: number;
  /** Requests answered per second over all rounds: all 2xx responses over all the seconds run. */
  throughput: number;
  p50: number;
  p99: number;
  /** The app server's CPU time per response: the figure that other work on the machine moves least. */
  serverCpuMsPerResponse: number;
  /** The throughput of each round, to show how much it moved. */
  roundThroughputs: number[];
};

export function figuresOf(segments: Segment[], target: string): TargetFigures {
  const mine = segments.filter((segment) => segment.target === target);
  if (mine.length === 0) throw new Error(`No segment measured "${target}"`);
  const latencies = mine.flatMap((segment) => segment.latenciesMs).sort((a, b) => a - b);
  const requests = mine.reduce((sum, segment) => sum + segment.ok, 0);
  const seconds = mine.reduce((sum, segment) => sum + segment.seconds, 0);
  return {
    requests,
    seconds,
    throughput: requests / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    serverCpuMsPerResponse: mine.reduce((sum, segment) => sum + segment.serverCpuMs, 0) / requests,
    roundThroughputs: mine.map((segment) => segment.ok / segment.seconds),
  };
}

export type Comparison = {
  embed: TargetFigures;
  static: TargetFigures;
  /** embed p50 / static p50: 1.25 or less passes. */
  p50Ratio: number;
  /** embed throughput / static throughput: 0.8 or more passes. */
  throughputRatio: number;
  p99Ratio: number;
  /** embed / static server CPU per response: how much more work the embed is, whatever else the machine was doing. */
  cpuRatio: number;
  meetsP50: boolean;
  meetsThroughput: boolean;
};

export function compare(segments: Segment[]): Comparison {
  const embed = figuresOf(segments, "embed");
  const statics = figuresOf(segments, "static");
  const p50Ratio = embed.p50 / statics.p50;
  const throughputRatio = embed.throughput / statics.throughput;
  return {
    embed,
    static: statics,
    p50Ratio,
    throughputRatio,
    p99Ratio: embed.p99 / statics.p99,
    cpuRatio: embed.serverCpuMsPerResponse / statics.serverCpuMsPerResponse,
    meetsP50: p50Ratio <= TARGETS.p50Ratio,
    meetsThroughput: throughputRatio >= TARGETS.throughputRatio,
  };
}

const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : "—");

/** The table for the README: one row per target, then the ratios with their verdict. */
export function comparisonTable(result: Comparison): string {
  const row = (name: string, f: TargetFigures) =>
    `| ${name} | ${fixed(f.throughput, 0)} | ${f.roundThroughputs.map((t) => fixed(t, 0)).join(" / ")} | ${fixed(f.p50, 2)} | ${fixed(f.p99, 2)} | ${fixed(f.serverCpuMsPerResponse, 2)} | ${f.requests} |`;
  const verdict = (ok: boolean) => (ok ? "meets" : "misses");
  return [
    "| target | req/s | req/s per round | p50 ms | p99 ms | server CPU ms/response | requests |",
    "|---|---:|---|---:|---:|---:|---:|",
    row("comparison embed", result.embed),
    row("static file", result.static),
    "",
    `embed/static p50 latency **${fixed(result.p50Ratio, 2)}×** (target ≤ ${TARGETS.p50Ratio}×: ${verdict(result.meetsP50)}); ` +
      `throughput **${fixed(result.throughputRatio, 2)}×** (target ≥ ${TARGETS.throughputRatio}×: ${verdict(result.meetsThroughput)}); ` +
      `p99 ${fixed(result.p99Ratio, 2)}×; server CPU per response ${fixed(result.cpuRatio, 2)}×.`,
  ].join("\n");
}
