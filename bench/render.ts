/**
 * Server render time of the dashboard and of an official's profile, at the story's size and at full scale.
 *
 *   npm run bench:render                       sync a copy to /tmp/ashyq-bench, build it, measure both scales
 *   npm run bench:render -- --runs=100 --skip-build --scales=full
 *
 * For each scale: the app (server/index.ts) on a free port against ashyq_bench_<scale>, and a sign-in as the demo editor
 * through next-auth's credentials endpoint. Then, page by page, warm up, and request it --runs times on each
 * server in turn, one request at a time, timing each response to its last byte. Prints p50/p95/p99 per page
 * and scale and the ratio full/story, and writes them to bench/results/render.json (the latest run; earlier ones are in git).
 *
 *   --app-dir=DIR   where the copy is built (default /tmp/ashyq-bench)   --no-sync   use the copy as it is
 *   --skip-build    reuse the copy's build if there is one               --warmup=N  default 5
 *   --runs=N        default 50                                           --scales=story,full
 *   --pages=wave    only the pages whose key starts with one of these (comma-separated); results in render-wave.json
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEMO_PASSWORD } from "@/lib/demo";
import { prepareCopy, startApp, type RunningApp } from "./lib/app";
import { intArg, parseArgs } from "./lib/args";
import { benchDatabaseUrl, connect } from "./lib/bench-db";
import { signIn, timedGet } from "./lib/http";
import { describeMachine } from "./lib/machine";
import { EDITOR, pagesOf, resultsName, selectPages, type Page } from "./lib/pages";
import { ms, summarize, type Summary } from "./lib/stats";

const REPO = path.resolve(import.meta.dirname, "..");

type Result = Summary & { label: string; bytes: number; comparable: boolean; loadAverage: number[] };
type Target = { scale: string; baseUrl: string; cookie: string; pages: Page[] };

/**
 * Both scales' servers run side by side and their requests alternate (story, full, story, full…), one at a
 * time: whatever else the machine is doing weighs on both alike, so their ratio stays fair on a shared machine.
 */
async function measureInterleaved(targets: Target[], warmup: number, runs: number) {
  const measured: Record<string, Record<string, Result>> = Object.fromEntries(targets.map((t) => [t.scale, {}]));
  const keys = [...new Set(targets.flatMap((t) => t.pages.map((p) => p.key)))];
  for (const key of keys) {
    const present = targets.flatMap((t) => t.pages.filter((p) => p.key === key).map((page) => ({ ...t, page, samples: [] as number[], bytes: 0 })));
    for (const t of present) assertShows(t.page, (await timedGet(t.baseUrl + t.page.path, t.cookie)).body);
    for (let i = 1; i < warmup; i++) for (const t of present) await timedGet(t.baseUrl + t.page.path, t.cookie);
    for (let i = 0; i < runs; i++) {
      for (const t of present) {
        const result = await timedGet(t.baseUrl + t.page.path, t.cookie);
        t.samples.push(result.ms);
        t.bytes = result.bytes;
      }
    }
    // The machine may be shared: the load average beside each page's figures says how quiet it was.
    const loadAverage = os.loadavg().map((x) => Number(x.toFixed(2)));
    for (const t of present) {
      const r = { ...summarize(t.samples), label: t.page.label, bytes: t.bytes, comparable: t.page.comparable, loadAverage };
      measured[t.scale]![key] = r;
      console.log(
        `  ${t.scale.padEnd(5)} ${r.label.padEnd(48)} p50 ${ms(r.p50)} ms  p95 ${ms(r.p95)} ms  p99 ${ms(r.p99)} ms  (${(r.bytes / 1024).toFixed(0)} KiB; load ${loadAverage[0]})`,
      );
    }
  }
  return measured;
}

/** A page that answers 200 without what it should show (a profile refused as "not found") is not timed. */
function assertShows(page: Page, body: string) {
  if (page.shows && !body.includes(page.shows)) throw new Error(`${page.path} does not show "${page.shows}": is it the page ${page.label} means?`);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const warmup = intArg(args, "warmup", 5);
  const runs = intArg(args, "runs", 50);
  const scales = (args.get("scales") ?? "story,full").split(",").filter(Boolean);

  const appDir = prepareCopy(REPO, args);

  const apps: RunningApp[] = [];
  let measured: Record<string, Record<string, Result>>;
  try {
    const targets: Target[] = [];
    for (const scale of scales) {
      const databaseUrl = benchDatabaseUrl(scale);
      const pages = selectPages(await pagesOf(databaseUrl), args.get("pages"));
      const app = await startApp({ dir: appDir, databaseUrl });
      apps.push(app);
      targets.push({ scale, baseUrl: app.baseUrl, cookie: await signIn(app.baseUrl, EDITOR, DEMO_PASSWORD), pages });
    }
    console.log(`\nMeasuring ${scales.join(" and ")}, alternating (${warmup} warm-up + ${runs} runs per page and scale)…`);
    measured = await measureInterleaved(targets, warmup, runs);
  } finally {
    for (const app of apps) await app.stop();
  }

  const keys = [...new Set(Object.values(measured).flatMap((r) => Object.keys(r)))];
  const lines = ["| page | scale | p50 ms | p95 ms | p99 ms | full/story p50 | full/story p95 |", "|---|---|---:|---:|---:|---:|---:|"];
  for (const key of keys) {
    const story = measured.story?.[key];
    const full = measured.full?.[key];
    for (const [scale, r] of Object.entries(measured)) {
      const row = r[key];
      if (!row) continue;
      const ratio = (p: "p50" | "p95") => (scale === "full" && story && full && row.comparable ? `${(full[p] / story[p]).toFixed(2)}×` : "");
      lines.push(`| ${row.label} | ${scale} | ${ms(row.p50)} | ${ms(row.p95)} | ${ms(row.p99)} | ${ratio("p50")} | ${ratio("p95")} |`);
    }
  }
  console.log(`\n${lines.join("\n")}`);

  const client = await connect(benchDatabaseUrl(scales[0]!));
  const machine = await describeMachine(client, appDir).finally(() => client.end());
  console.log(
    `\n${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, ${machine.postgres}, Node ${machine.node}; load average ${machine.loadAverage.join(" / ")}`,
  );

  mkdirSync(path.join(REPO, "bench/results"), { recursive: true });
  const file = path.join(REPO, "bench/results", resultsName("render", args.get("pages")));
  writeFileSync(file, `${JSON.stringify({ machine, warmup, runs, measured }, null, 2)}\n`);
  console.log(`\nWritten to ${path.relative(REPO, file)}.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
