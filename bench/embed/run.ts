/**
 * The embed benchmark of issue 6 ("Speed"): is the comparison embed, cached per publication version, about as
 * cheap to serve as a static file of the same size from the same server? And does Lighthouse (mobile) score
 * the embeds 95 or more for performance?
 *
 *   npm run bench:embed                          copy to /tmp/ashyq-embed-bench, build, measure, clean up
 *   npm run bench:embed -- --no-sync --skip-build --rounds=6
 *
 * Builds in a copy of the working tree (never here), recreates the database ashyq_bench_embed with the story,
 * saves the comparison embed's exact HTML as public/embed-static-bench.html in the copy (Next only serves the
 * public files it found at start-up, so it is written before the measured start), then runs autocannon against
 * both on the same app server (`npm start`: server/index.ts), alternating, and Lighthouse on the comparison and an
 * official's card.
 * Writes bench/embed/results/embed.json (the latest run; earlier ones are in git) and prints the tables for bench/embed/README.md.
 *
 *   --app-dir=DIR        default /tmp/ashyq-embed-bench     --no-sync / --skip-build   reuse the copy / its build
 *   --connections=N      default 10                         --seconds=N      per round and target, default 10
 *   --rounds=N           default 4 (order flips each round) --warmup=N       seconds per target, default 5
 *   --lighthouse-runs=N  default 5 (median reported)        --skip-lighthouse / --skip-load   one half only
 *   --database=URL       default …/ashyq_bench_embed        --keep-db        do not drop it afterwards
 *   --chrome=PATH        default /usr/bin/chromium
 *   --path=PATH          the embed measured, default the comparison below; e.g. with a chart (issue 17, part 5):
 *                        --path='/embed/comparison?lang=ru&akimats=sko,petropavlovsk&chart=reach' --results=embed-chart.json
 *   --results=NAME       default embed.json, in bench/embed/results/
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { prepareCopy, startApp, type RunningApp } from "../lib/app";
import { intArg, parseArgs } from "../lib/args";
import { connect } from "../lib/bench-db";
import { describeMachine } from "../lib/machine";
import { percentile } from "../lib/stats";
import { compare, comparisonTable } from "./compare";
import { DEFAULT_DATABASE_URL, dropDatabase, prepareDatabase, storyOfficialId } from "./database";
import { lighthouse, lighthouseCommand, lighthouseTable } from "./lighthouse";
import { alternate, hammer, type Segment } from "./load";
import { pidListeningOn } from "./server-cpu";

const REPO = path.resolve(import.meta.dirname, "../..");
const DEFAULT_EMBED = "/embed/comparison?lang=ru&akimats=sko,petropavlovsk";
/** The embed measured (--path=): set once in main, before anything reads it. */
let COMPARISON = DEFAULT_EMBED;
// Under /embed/ on purpose: proxy.ts skips that path segment, as it skips the embeds themselves, so neither side
// runs the proxy. (It skipped every path starting with "embed" until /embed-builder needed the page policy; the
// twin then at /embed-static-bench.html was redirected to the sign-in page.)
const STATIC_FILE = "embed/static-bench.html";

async function fetchBody(url: string): Promise<{ body: Buffer; contentType: string }> {
  const response = await fetch(url, { redirect: "manual" });
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status} ${response.headers.get("location") ?? ""}`);
  return { body, contentType: response.headers.get("content-type") ?? "" };
}

/** Starts the app once to read the embed's HTML, and keeps a copy of it as the static file the embed is measured against. */
async function writeStaticTwin(appDir: string, databaseUrl: string): Promise<number> {
  const staticPath = path.join(appDir, "public", STATIC_FILE);
  rmSync(staticPath, { force: true });
  const app = await startApp({ dir: appDir, databaseUrl });
  try {
    const { body } = await fetchBody(app.baseUrl + COMPARISON);
    mkdirSync(path.dirname(staticPath), { recursive: true });
    writeFileSync(staticPath, body);
    return body.length;
  } finally {
    await app.stop();
  }
}

async function checkTargets(app: RunningApp, bytes: number): Promise<void> {
  for (const target of [COMPARISON, `/${STATIC_FILE}`]) {
    const { body, contentType } = await fetchBody(app.baseUrl + target);
    if (body.length !== bytes) throw new Error(`${target} is ${body.length} bytes, expected ${bytes}`);
    console.log(`  ${target}: 200, ${bytes} bytes, ${contentType}`);
  }
}

function segmentSummary(segment: Segment) {
  const sorted = [...segment.latenciesMs].sort((a, b) => a - b);
  const { target, round, seconds, ok, loadBefore, loadAfter } = segment;
  const serverCpuMsPerResponse = segment.serverCpuMs / ok;
  return {
    target,
    round,
    seconds,
    ok,
    throughput: ok / seconds,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    serverCpuMsPerResponse,
    loadBefore,
    loadAfter,
  };
}

type Options = { load: { connections: number; seconds: number }; rounds: number; warmup: number; lighthouseRuns: number; chromePath: string; appDir: string };

/** autocannon against the embed and its static twin, alternating. */
async function measureLoad(app: RunningApp, options: Options) {
  const { load, rounds, warmup } = options;
  const serverPid = pidListeningOn(Number(new URL(app.baseUrl).port));
  if (!serverPid) console.warn("  (the server's process was not found in /proc: no CPU time per response)");
  const targets = [
    { name: "embed", url: app.baseUrl + COMPARISON },
    { name: "static", url: `${app.baseUrl}/${STATIC_FILE}` },
  ];
  console.log(`\nWarming up (${warmup} s each), then ${rounds} rounds of ${load.seconds} s per target, ${load.connections} connections…`);
  for (const target of targets) await hammer(target.url, { ...load, seconds: warmup });
  const segments = await alternate(targets, rounds, { ...load, serverPid });
  return { segments, comparison: compare(segments) };
}

/** Lighthouse on the comparison and on an official's card, with the machine's load around each. */
function measureLighthouse(app: RunningApp, officialPath: string, options: Options) {
  const { lighthouseRuns: runs, chromePath, appDir } = options;
  console.log(`\nLighthouse, ${runs} runs per embed: ${lighthouseCommand("<url>", "<report.json>").join(" ")}`);
  const reportDir = path.join(appDir, "lighthouse-reports");
  const pages = [
    { label: COMPARISON, name: "comparison", url: app.baseUrl + COMPARISON },
    { label: "/embed/official/<Жусуп Жумагулов>?lang=ru", name: "official", url: app.baseUrl + officialPath },
  ];
  return pages.map(({ label, name, url }) => {
    const loadBefore = os.loadavg()[0]!;
    const result = lighthouse({ repo: REPO, url, name, runs, reportDir, chromePath });
    return { label, result, loadBefore, loadAfter: os.loadavg()[0]! };
  });
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!args.has("app-dir")) args.set("app-dir", "/tmp/ashyq-embed-bench");
  COMPARISON = args.get("path") ?? DEFAULT_EMBED;
  if (!COMPARISON.startsWith("/embed/")) throw new Error(`--path must be an embed's address, not ${COMPARISON}`);
  const databaseUrl = args.get("database") ?? DEFAULT_DATABASE_URL;
  const appDir = prepareCopy(REPO, args);
  const options: Options = {
    load: { connections: intArg(args, "connections", 10), seconds: intArg(args, "seconds", 10) },
    rounds: intArg(args, "rounds", 4),
    warmup: intArg(args, "warmup", 5),
    lighthouseRuns: intArg(args, "lighthouse-runs", 5),
    chromePath: args.get("chrome") ?? "/usr/bin/chromium",
    appDir,
  };

  console.log(`Preparing ${databaseUrl} (migrate + seed)…`);
  await prepareDatabase(appDir, databaseUrl);
  let app: RunningApp | undefined;
  try {
    const officialPath = `/embed/official/${await storyOfficialId(databaseUrl)}?lang=ru`;
    const bytes = await writeStaticTwin(appDir, databaseUrl);
    app = await startApp({ dir: appDir, databaseUrl });
    await checkTargets(app, bytes);
    const measured = args.has("skip-load") ? undefined : await measureLoad(app, options);
    const pages = args.has("skip-lighthouse") ? [] : measureLighthouse(app, officialPath, options);
    await app.stop();
    app = undefined;

    const client = await connect(databaseUrl);
    const machine = await describeMachine(client).finally(() => client.end());
    const loads = [...(measured?.segments ?? []), ...pages].flatMap((x) => [x.loadBefore, x.loadAfter]);
    if (measured) console.log(`\n${comparisonTable(measured.comparison)}`);
    if (pages.length) console.log(`\n${lighthouseTable(pages)}\n(${pages[0]!.result.version}, ${pages[0]!.result.formFactor}; median run by performance)`);
    console.log(
      `\n${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, ${machine.postgres}, Node ${machine.node}; ` +
        `1-min load average during the measurements ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)}, at the end ${machine.loadAverage.join(" / ")}; ${bytes} bytes per response`,
    );

    // The latest run; earlier ones are in git (the date and load are inside).
    const file = path.join(REPO, "bench/embed/results", path.basename(args.get("results") ?? "embed.json"));
    mkdirSync(path.dirname(file), { recursive: true });
    const { embed, static: statics, ...ratios } = measured?.comparison ?? {};
    const segments = measured?.segments.map(segmentSummary);
    const record = {
      path: COMPARISON,
      machine,
      bytes,
      load: measured && { ...options.load, rounds: options.rounds, warmup: options.warmup },
      embed,
      static: statics,
      ratios,
      segments,
      lighthouse: pages,
    };
    writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
    console.log(`Written to ${path.relative(REPO, file)}.`);
  } finally {
    await app?.stop();
    if (args.has("keep-db")) console.log(`Kept ${databaseUrl}.`);
    else await dropDatabase(databaseUrl);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
