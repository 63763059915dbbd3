/**
 * The server's memory, from Linux's /proc: resident memory now, and its peak (VmHWM), which the kernel keeps
 * exactly, however short the spike. The peak is reset before each measurement (`clear_refs` 5), so it is the
 * peak of that measurement alone. Sampling as well gives the curve's shape and a check on the peak.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";

const KIB = 1024;

function statusField(pid: number, field: "VmRSS" | "VmHWM"): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) * KIB : 0;
}

/** The processes of a process group (the app is started as its own group: server/index.ts, and anything it spawns). */
export function groupPids(pgid: number): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // Field 5 is the process group; the command (field 2) may hold spaces, so count after its closing parenthesis.
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]) === pgid) pids.push(Number(entry));
    } catch {
      // gone, or not ours to read
    }
  }
  return pids;
}

const sum = (pids: number[], read: (pid: number) => number) =>
  pids.reduce((total, pid) => {
    try {
      return total + read(pid);
    } catch {
      return total; // exited meanwhile
    }
  }, 0);

export const residentBytes = (pids: number[]) => sum(pids, (pid) => statusField(pid, "VmRSS"));
export const peakBytes = (pids: number[]) => sum(pids, (pid) => statusField(pid, "VmHWM"));

export function resetPeak(pids: number[]): void {
  for (const pid of pids) writeFileSync(`/proc/${pid}/clear_refs`, "5");
}

/** Samples the group's resident memory every `everyMs` until stopped; returns the largest sample. */
export function sampleResident(pids: number[], everyMs = 50): { stop: () => number } {
  let largest = residentBytes(pids);
  const timer = setInterval(() => (largest = Math.max(largest, residentBytes(pids))), everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(largest, residentBytes(pids));
    },
  };
}

export const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
