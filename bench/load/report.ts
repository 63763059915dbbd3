/**
 * The load test's tally: every request's time under its route and outcome (the status, or "error"), the errors
 * with a few samples of each kind, and the per-route table of the README. Pure, unit-tested in report.test.ts.
 */
import { percentile } from "../lib/stats";
import type { ErrorKind, RequestError } from "./routes";

export type Row = { route: string; outcome: string; count: number; p50: number; p99: number; max: number; perSecond: number };
export type ErrorSample = { route: string; instance: string; kind: ErrorKind; detail: string; atSecond: number };

const SAMPLES_PER_KIND = 5;

export class Recorder {
  private readonly times = new Map<string, number[]>();
  readonly errorCounts = new Map<ErrorKind, number>();
  readonly errorSamples: ErrorSample[] = [];
  /** Requests per instance: the round robin should split them evenly. */
  readonly perInstance: Record<string, number> = {};
  private readonly startedAt: number;

  /** `startedAt`: performance.now() when the phase began; errors are dated in seconds from it. */
  constructor(startedAt: number) {
    this.startedAt = startedAt;
  }

  /** One request: `status` when it was answered as expected, `error` otherwise. */
  record({
    route,
    instance,
    ms,
    status,
    error,
    at,
  }: {
    route: string;
    instance: string;
    ms: number;
    status?: number;
    error?: RequestError | null;
    at: number;
  }): void {
    const key = `${route}\u0000${error ? "error" : String(status)}`;
    let list = this.times.get(key);
    if (!list) this.times.set(key, (list = []));
    list.push(ms);
    this.perInstance[instance] = (this.perInstance[instance] ?? 0) + 1;
    if (!error) return;
    const seen = this.errorCounts.get(error.kind) ?? 0;
    this.errorCounts.set(error.kind, seen + 1);
    if (seen < SAMPLES_PER_KIND) this.errorSamples.push({ route, instance, ...error, atSecond: Number(((at - this.startedAt) / 1000).toFixed(2)) });
  }

  get errors(): number {
    return [...this.errorCounts.values()].reduce((sum, n) => sum + n, 0);
  }

  get requests(): number {
    return [...this.times.values()].reduce((sum, list) => sum + list.length, 0);
  }

  rows(seconds: number): Row[] {
    return tabulate(this.times, seconds);
  }
}

/** The route order of the table: what a reporter does, in order, then what a reader does; anything else after. */
const ROUTE_ORDER = [
  "GET /api/auth/csrf",
  "POST /api/auth/callback/credentials",
  "GET /observations/new",
  "POST /observations/new",
  "GET /observations/[id]",
  "GET /embed/comparison",
  "GET /embed/official/[id]",
];
const OUTCOME_ORDER = ["200", "302", "303", "304", "error"];

const rank = (order: string[], value: string) => (order.includes(value) ? order.indexOf(value) : order.length);

/** One row per route and outcome: a 200 and a 304 of the same embed are different work, and errors stand apart. */
export function tabulate(times: Map<string, number[]>, seconds: number): Row[] {
  const rows = [...times].map(([key, list]): Row => {
    const [route, outcome] = key.split("\u0000") as [string, string];
    const sorted = [...list].sort((a, b) => a - b);
    return {
      route,
      outcome,
      count: sorted.length,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      max: sorted.at(-1) ?? Number.NaN,
      perSecond: seconds > 0 ? sorted.length / seconds : Number.NaN,
    };
  });
  return rows.sort(
    (a, b) =>
      rank(ROUTE_ORDER, a.route) - rank(ROUTE_ORDER, b.route) ||
      a.route.localeCompare(b.route) ||
      rank(OUTCOME_ORDER, a.outcome) - rank(OUTCOME_ORDER, b.outcome) ||
      a.outcome.localeCompare(b.outcome),
  );
}

const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : "—");
/** Thousands with a thin space, as the other benchmark tables write them. */
const whole = (value: number) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, " ");

export function markdownTable(rows: Row[]): string {
  const lines = ["| route | answer | requests | per s | p50 ms | p99 ms | max ms |", "|---|---|---:|---:|---:|---:|---:|"];
  for (const row of rows) {
    lines.push(
      `| \`${row.route}\` | ${row.outcome} | ${whole(row.count)} | ${fixed(row.perSecond, 1)} | ${fixed(row.p50, 1)} | ${fixed(row.p99, 1)} | ${fixed(row.max, 1)} |`,
    );
  }
  return lines.join("\n");
}
