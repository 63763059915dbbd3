/**
 * Lighthouse 12.2.3 on an embed, as issue 6 asks: the default (mobile) form factor with its simulated slow 4G
 * and 4× CPU slowdown, in Debian's Chromium. The CLI rather than the module API, so that a run here is the same
 * command a person would type (printed with the results). Each page is measured several times and the run with
 * the median performance score is reported, as Lighthouse's own documentation advises for variance.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const CHROME_FLAGS =
  "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run";
const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;
const METRICS = {
  fcpMs: "first-contentful-paint",
  lcpMs: "largest-contentful-paint",
  tbtMs: "total-blocking-time",
  cls: "cumulative-layout-shift",
  speedIndexMs: "speed-index",
  totalBytes: "total-byte-weight",
} as const;

export type LighthouseRun = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  metrics: Record<keyof typeof METRICS, number>;
  /** Audits of the three categories that did not pass, by id, for the report. */
  failedAudits: string[];
  /**
   * Lighthouse's measure of the CPU it ran on (higher is faster; a quiet desktop scores about 1 000–2 500). Its
   * simulated 4× slowdown multiplies the tasks it observed, so a busy machine lowers this and the score together.
   */
  benchmarkIndex: number;
};

type Report = {
  lighthouseVersion: string;
  environment: { benchmarkIndex: number };
  runtimeError?: { code: string; message: string };
  configSettings: { formFactor: string; throttlingMethod: string };
  categories: Record<(typeof CATEGORIES)[number], { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number; scoreDisplayMode: string }>;
};

export function lighthouseCommand(url: string, outputPath: string, binary = "lighthouse"): string[] {
  return [
    binary,
    url,
    "--output=json",
    `--output-path=${outputPath}`,
    `--only-categories=${CATEGORIES.join(",")}`,
    `--chrome-flags=${CHROME_FLAGS}`,
    "--quiet",
  ];
}

function runOnce(repo: string, url: string, outputPath: string, chromePath: string): { run: LighthouseRun; version: string; formFactor: string } {
  const [binary, ...args] = lighthouseCommand(url, outputPath, path.join(repo, "node_modules/.bin/lighthouse"));
  const result = spawnSync(binary!, args, { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, CHROME_PATH: chromePath }, timeout: 180_000 });
  if (result.status !== 0) throw new Error(`lighthouse ${url} exited with ${result.status ?? result.signal}`);
  const report = JSON.parse(readFileSync(outputPath, "utf8")) as Report;
  if (report.runtimeError) throw new Error(`lighthouse ${url}: ${report.runtimeError.code} ${report.runtimeError.message}`);
  const score = (category: (typeof CATEGORIES)[number]) => Math.round((report.categories[category].score ?? 0) * 100);
  const metric = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
  const failedAudits = CATEGORIES.flatMap((category) => report.categories[category].auditRefs)
    .filter((ref) => {
      const audit = report.audits[ref.id];
      return audit && ["binary", "numeric", "metricSavings"].includes(audit.scoreDisplayMode) && audit.score !== null && audit.score < 0.9;
    })
    .map((ref) => ref.id);
  return {
    run: {
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      metrics: Object.fromEntries(Object.entries(METRICS).map(([key, id]) => [key, metric(id)])) as LighthouseRun["metrics"],
      failedAudits: [...new Set(failedAudits)],
      benchmarkIndex: Math.round(report.environment.benchmarkIndex),
    },
    version: report.lighthouseVersion,
    formFactor: `${report.configSettings.formFactor}, ${report.configSettings.throttlingMethod} throttling`,
  };
}

export type LighthouseResult = { url: string; version: string; formFactor: string; median: LighthouseRun; runs: LighthouseRun[] };

/** `runs` Lighthouse runs of one page; the full JSON reports are left in `reportDir`. */
export function lighthouse({
  repo,
  url,
  name,
  runs,
  reportDir,
  chromePath,
}: {
  repo: string;
  url: string;
  name: string;
  runs: number;
  reportDir: string;
  chromePath: string;
}): LighthouseResult {
  mkdirSync(reportDir, { recursive: true });
  const measured = Array.from({ length: runs }, (_, i) => runOnce(repo, url, path.join(reportDir, `${name}-${i + 1}.json`), chromePath));
  const sorted = measured.map((m) => m.run).sort((a, b) => a.performance - b.performance);
  return {
    url,
    version: measured[0]!.version,
    formFactor: measured[0]!.formFactor,
    median: sorted[Math.floor((sorted.length - 1) / 2)]!,
    runs: measured.map((m) => m.run),
  };
}

export function lighthouseTable(results: { label: string; result: LighthouseResult }[]): string {
  const rows = results.map(({ label, result }) => {
    const { performance, accessibility, bestPractices, metrics: m } = result.median;
    const all = result.runs.map((run) => run.performance).join(" / ");
    const index = result.runs.map((run) => run.benchmarkIndex).join(" / ");
    return `| ${label} | ${performance} (${all}) | ${accessibility} | ${bestPractices} | ${m.fcpMs.toFixed(0)} | ${m.lcpMs.toFixed(0)} | ${m.tbtMs.toFixed(0)} | ${m.cls.toFixed(3)} | ${m.speedIndexMs.toFixed(0)} | ${(m.totalBytes / 1024).toFixed(1)} | ${index} |`;
  });
  return [
    "| embed | performance (each run) | accessibility | best practices | FCP ms | LCP ms | TBT ms | CLS | Speed Index ms | transferred KiB | benchmark index (each run) |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...rows,
  ].join("\n");
}
