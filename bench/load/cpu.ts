/**
 * Where the machine's CPU went during the timed phase (Linux /proc): each app instance, PostgreSQL's processes,
 * the load generator itself, and the machine as a whole, so that whatever else ran on the shared machine shows.
 */
import { readdirSync, readFileSync } from "node:fs";
import { cpuMs } from "../embed/server-cpu";

const TICK_MS = 10;

/** Busy and total CPU milliseconds of the whole machine since boot (the `cpu` line of /proc/stat). */
export function machineCpuMs(): { busy: number; total: number } {
  const fields = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = fields;
  const busy = user + nice + system + irq + softirq + steal;
  return { busy: busy * TICK_MS, total: (busy + idle + iowait) * TICK_MS };
}

/** CPU milliseconds of every process whose command is `command` (PostgreSQL's backends are all "postgres"). */
export function commandCpuMs(command: string): number {
  let sum = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, "utf8").trim() === command) sum += cpuMs(Number(entry));
    } catch {
      // gone, or not ours to read
    }
  }
  return sum;
}

export type CpuSnapshot = { instances: Record<string, number>; postgres: number; generator: NodeJS.CpuUsage; machine: { busy: number; total: number } };

export function cpuSnapshot(instances: { name: string; pid: number | undefined }[]): CpuSnapshot {
  const byInstance = Object.fromEntries(
    instances.map(({ name, pid }) => {
      try {
        return [name, pid ? cpuMs(pid) : Number.NaN];
      } catch {
        return [name, Number.NaN];
      }
    }),
  );
  return { instances: byInstance, postgres: commandCpuMs("postgres"), generator: process.cpuUsage(), machine: machineCpuMs() };
}

/** CPU seconds spent between two snapshots, by whom; "everything else" is the machine's busy time left over. */
export function cpuSecondsBetween(before: CpuSnapshot, after: CpuSnapshot): Record<string, number> {
  const seconds: Record<string, number> = {};
  for (const name of Object.keys(after.instances)) seconds[`instance ${name}`] = (after.instances[name]! - before.instances[name]!) / 1000;
  seconds.postgres = (after.postgres - before.postgres) / 1000;
  seconds["load generator"] = (after.generator.user + after.generator.system - before.generator.user - before.generator.system) / 1e6;
  // An instance that died mid-run has no figure (NaN); the rest still adds up.
  const ours = Object.values(seconds).reduce((sum, s) => (Number.isFinite(s) ? sum + s : sum), 0);
  const busy = (after.machine.busy - before.machine.busy) / 1000;
  seconds["everything else"] = Math.max(0, busy - ours);
  seconds["machine, available"] = (after.machine.total - before.machine.total) / 1000;
  return seconds;
}
