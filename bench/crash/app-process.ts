/**
 * The app under test as its own process group (the production server, server/index.ts, or the embedded database's
 * wrapper with it inside), so that a crash takes down everything it started, exactly like a power cut of the app's machine, and
 * nothing else on this one. Its stdout (pino's JSON lines) and stderr go to a log file per start.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { openSync } from "node:fs";

export type AppCommand = { command: string; args: string[]; cwd: string; env: NodeJS.ProcessEnv };

export type AppProcess = {
  baseUrl: string;
  logFile: string;
  /** SIGKILL to the whole group: no shutdown hook, no flush, no transaction gets to finish. */
  crash: () => Promise<void>;
  /** SIGTERM, then SIGKILL after ten seconds. */
  stop: () => Promise<void>;
};

export async function startApp({ app, port, logFile }: { app: AppCommand; port: number; logFile: string }): Promise<AppProcess> {
  const log = openSync(logFile, "a");
  const child = spawn(app.command, app.args, { cwd: app.cwd, env: app.env, detached: true, stdio: ["ignore", log, log] });
  const baseUrl = `http://127.0.0.1:${port}`;
  const process_ = { baseUrl, logFile, crash: () => signalGroup(child, "SIGKILL"), stop: () => stopGroup(child) };
  try {
    await waitUntilHealthy(baseUrl, child);
  } catch (error) {
    await signalGroup(child, "SIGKILL");
    throw error;
  }
  return process_;
}

async function waitUntilHealthy(baseUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app exited with code ${child.exitCode} while starting (see its log)`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${baseUrl} did not become healthy within two minutes`);
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

async function signalGroup(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    return; // the group is already gone
  }
  await exited(child);
  // The group leader is gone; make sure no member (a worker, the embedded database's server) outlives it.
  await waitForGroupToEnd(child.pid!);
}

async function waitForGroupToEnd(pgid: number): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      process.kill(-pgid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Process group ${pgid} is still alive after SIGKILL`);
}

async function stopGroup(child: ChildProcess): Promise<void> {
  const timer = setTimeout(() => void signalGroup(child, "SIGKILL"), 10_000);
  try {
    process.kill(-child.pid!, "SIGTERM");
    await exited(child);
  } catch {
    // already gone
  } finally {
    clearTimeout(timer);
  }
}
