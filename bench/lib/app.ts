/**
 * The app under measurement: a production build in a copy of the repository (never in the working copy,
 * where others build and test), started as `npm start` starts it (server/index.ts in front of Next) against one
 * benchmark database.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { closeSync, existsSync, openSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

/** Copies the working tree (its uncommitted changes too) into `target`, leaving out builds and local data. */
export function syncCopy(source: string, target: string): void {
  const excludes = [".next", ".data", "test-results", "playwright-report", "e2e/.auth", "tsconfig.tsbuildinfo"].flatMap((e) => ["--exclude", `/${e}`]);
  const result = spawnSync("rsync", ["-a", "--delete", ...excludes, `${path.resolve(source)}/`, `${path.resolve(target)}/`], { stdio: "inherit" });
  if (result.status !== 0) throw new Error(`rsync to ${target} failed (is rsync installed?)`);
}

export function build(dir: string): void {
  console.log(`Building in ${dir} (next build)…`);
  const result = spawnSync(path.join(dir, "node_modules/.bin/next"), ["build"], {
    cwd: dir,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error("next build failed");
}

export const hasBuild = (dir: string) => existsSync(path.join(dir, ".next/BUILD_ID"));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** `pid`: the server process (server/index.ts), whose memory bench/exports.ts reads from /proc. */
export type RunningApp = { baseUrl: string; pid: number; stop: () => Promise<void> };

/**
 * Starts the production server (`npm start`'s command, without npm in between) in its own process group, so that
 * stopping it stops whatever it spawned, and nothing else. `port` defaults to a free one. Its output is
 * dropped (errors go to this terminal) unless `logFile` names a file to append both to.
 */
export async function startApp({
  dir,
  databaseUrl,
  env = {},
  port: wantedPort,
  logFile,
}: {
  dir: string;
  databaseUrl: string;
  env?: Record<string, string>;
  port?: number;
  logFile?: string;
}): Promise<RunningApp> {
  const port = wantedPort ?? (await freePort());
  const log = logFile ? openSync(logFile, "a") : undefined;
  const child = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    cwd: dir,
    detached: true,
    stdio: ["ignore", log ?? "ignore", log ?? "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: "bench-secret-bench-secret-bench-secret-0123",
      LOG_LEVEL: "warn",
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    } as NodeJS.ProcessEnv,
  });
  if (log !== undefined) closeSync(log); // the child holds its own copy
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = () => stopGroup(child);
  try {
    await waitForHealth(baseUrl, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, pid: child.pid!, stop };
}

async function waitForHealth(baseUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  let last = "no answer";
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app (server/index.ts) exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
      last = `${response.status} ${await response.text()}`;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  // A 503 {"reason":"migrations"} means the bench database needs `npm run db:migrate` after new migrations.
  throw new Error(`${baseUrl} did not become healthy within a minute (last answer of /api/health: ${last})`);
}

function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    }, 10_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}

/** --app-dir, --no-sync and --skip-build, shared by render.ts and explain.ts. Returns the copy's directory. */
export function prepareCopy(repo: string, args: Map<string, string>): string {
  const appDir = path.resolve(args.get("app-dir") ?? "/tmp/ashyq-bench");
  if (appDir === path.resolve(repo)) throw new Error("Build in a copy, not in the working repository (--app-dir must be elsewhere).");
  if (!args.has("no-sync")) {
    console.log(`Copying ${repo} to ${appDir}…`);
    syncCopy(repo, appDir);
  }
  if (!args.has("skip-build") || !hasBuild(appDir)) build(appDir);
  return appDir;
}
