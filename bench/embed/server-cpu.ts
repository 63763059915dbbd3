/**
 * CPU time the app server spends, read from /proc (Linux). The machine this runs on is shared: other work
 * changes how much CPU the server gets, and so its throughput, from one second to the next. The CPU time it
 * spends per response does not depend on that, so it is recorded beside the throughput, as the steadier figure.
 */
import { readdirSync, readFileSync, readlinkSync } from "node:fs";

const LISTEN = "0A";

/** The process listening on a loopback TCP port, found through its socket's inode; undefined off Linux. */
export function pidListeningOn(port: number): number | undefined {
  let inode: string | undefined;
  try {
    for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
      for (const line of readFileSync(table, "utf8").split("\n").slice(1)) {
        const fields = line.trim().split(/\s+/);
        const localPort = parseInt(fields[1]?.split(":")[1] ?? "", 16);
        if (localPort === port && fields[3] === LISTEN) inode = fields[9];
      }
    }
  } catch {
    return undefined;
  }
  if (!inode) return undefined;
  const socket = `socket:[${inode}]`;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readdirSync(`/proc/${entry}/fd`).some((fd) => readlinkSync(`/proc/${entry}/fd/${fd}`) === socket)) return Number(entry);
    } catch {
      // another user's process, or gone
    }
  }
  return undefined;
}

/** User + system CPU milliseconds the process has used so far (fields 14 and 15 of /proc/<pid>/stat, in clock ticks of 10 ms). */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
