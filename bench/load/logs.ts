/**
 * What an instance's log says about the run: pino's JSON lines counted by level, and the warnings and errors
 * grouped by what they say (message, route, error message), with how many times each; a line that is not JSON
 * (a crash's stack trace, Next talking) counts as an error only when it says so.
 */
import { existsSync, readFileSync } from "node:fs";

export type LogSummary = { lines: number; warnings: Record<string, number>; errors: Record<string, number> };

const WARN = 40;
const ERROR = 50;

type Entry = { level?: number; msg?: string; route?: string; err?: { message?: string } };

function describe(entry: Entry): string {
  return [entry.msg, entry.route, entry.err?.message?.split("\n")[0]?.slice(0, 120)].filter(Boolean).join(" · ");
}

export function summarizeLog(text: string): LogSummary {
  const summary: LogSummary = { lines: 0, warnings: {}, errors: {} };
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    summary.lines++;
    let level: number;
    let what: string;
    try {
      const entry = JSON.parse(line) as Entry;
      level = entry.level ?? ERROR;
      what = describe(entry);
    } catch {
      level = /\b(error|fatal|uncaught|unhandled)\b/i.test(line) ? ERROR : 0;
      what = line.trim().slice(0, 160);
    }
    const group = level >= ERROR ? summary.errors : level >= WARN ? summary.warnings : null;
    if (group) group[what] = (group[what] ?? 0) + 1;
  }
  return summary;
}

export function readLogSummary(file: string): LogSummary {
  return existsSync(file) ? summarizeLog(readFileSync(file, "utf8")) : { lines: 0, warnings: {}, errors: { [`no log at ${file}`]: 1 } };
}

const count = (group: Record<string, number>) => Object.values(group).reduce((sum, n) => sum + n, 0);

/** "17 lines; errors: 7 × auth error · …; warnings: 2 × sign-in rate limited" */
export function logLine(summary: LogSummary): string {
  const list = (group: Record<string, number>) =>
    Object.entries(group)
      .sort((a, b) => b[1] - a[1])
      .map(([what, n]) => `${n} × ${what}`)
      .join("; ");
  return `${summary.lines} lines; ${count(summary.errors)} errors${count(summary.errors) ? ` (${list(summary.errors)})` : ""}; ${count(summary.warnings)} warnings${count(summary.warnings) ? ` (${list(summary.warnings)})` : ""}`;
}
