import { describe, expect, it } from "vitest";
import { markdownTable, Recorder, tabulate } from "./report";

describe("tabulate", () => {
  it("gives one row per route and outcome, in the order a reporter and a reader work", () => {
    const times = new Map<string, number[]>([
      ["GET /embed/comparison\u0000304", [2, 1]],
      ["GET /embed/comparison\u0000200", [5, 3, 4, 100]],
      ["POST /observations/new\u0000error", [30_000]],
      ["POST /observations/new\u0000303", [80]],
      ["GET /healthz\u0000200", [1]],
    ]);
    const rows = tabulate(times, 2);
    expect(rows.map((row) => `${row.route} ${row.outcome}`)).toEqual([
      "POST /observations/new 303",
      "POST /observations/new error",
      "GET /embed/comparison 200",
      "GET /embed/comparison 304",
      "GET /healthz 200",
    ]);
    expect(rows[2]).toEqual({ route: "GET /embed/comparison", outcome: "200", count: 4, p50: 4, p99: 100, max: 100, perSecond: 2 });
  });

  it("reports percentiles by nearest rank", () => {
    const [row] = tabulate(new Map([["GET /x\u0000200", Array.from({ length: 200 }, (_, i) => 200 - i)]]), 10);
    expect(row).toMatchObject({ count: 200, p50: 100, p99: 198, max: 200, perSecond: 20 });
  });
});

describe("Recorder", () => {
  it("files answers under their status and errors apart, keeping a few samples of each kind", () => {
    const recorder = new Recorder(1000);
    recorder.record({ route: "GET /embed/comparison", instance: "A", ms: 3, status: 200, at: 1000 });
    recorder.record({ route: "GET /embed/comparison", instance: "B", ms: 2, status: 304, at: 1100 });
    for (let i = 0; i < 7; i++)
      recorder.record({ route: "POST /observations/new", instance: "B", ms: 30_000, status: 0, error: { kind: "timeout", detail: "no answer" }, at: 3500 });
    expect(recorder.requests).toBe(9);
    expect(recorder.errors).toBe(7);
    expect(recorder.errorSamples).toHaveLength(5);
    expect(recorder.errorSamples[0]).toEqual({ route: "POST /observations/new", instance: "B", kind: "timeout", detail: "no answer", atSecond: 2.5 });
    expect(recorder.rows(1).map((row) => [row.route, row.outcome, row.count])).toEqual([
      ["POST /observations/new", "error", 7],
      ["GET /embed/comparison", "200", 1],
      ["GET /embed/comparison", "304", 1],
    ]);
  });
});

describe("markdownTable", () => {
  it("writes the README's table", () => {
    const table = markdownTable([{ route: "GET /embed/comparison", outcome: "200", count: 12345, p50: 4.04, p99: 51.26, max: 300, perSecond: 205.75 }]);
    expect(table.split("\n")).toEqual([
      "| route | answer | requests | per s | p50 ms | p99 ms | max ms |",
      "|---|---|---:|---:|---:|---:|---:|",
      "| `GET /embed/comparison` | 200 | 12 345 | 205.8 | 4.0 | 51.3 | 300.0 |",
    ]);
  });

  it("shows a dash for a figure it does not have", () => {
    expect(
      markdownTable([{ route: "GET /x", outcome: "error", count: 0, p50: Number.NaN, p99: Number.NaN, max: Number.NaN, perSecond: Number.NaN }]),
    ).toContain("| 0 | — | — | — | — |");
  });
});
