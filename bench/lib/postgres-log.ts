/**
 * Reads the statements an app ran from PostgreSQL's server log, written with log_min_duration_statement = 0
 * and the Debian default log_line_prefix ("%m [%p] %q%u@%d "): a "duration: … execute <name>: SQL" entry,
 * continued on tab-indented lines, then a "DETAIL:  parameters: $1 = '…', …" entry of the same process (parse and bind entries, with
 * their own DETAIL, come before it).
 */
export type LoggedStatement = { database: string; durationMs: number; sql: string; params: (string | null)[] };

const ENTRY_START = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)? \S+ \[(\d+)\] (?:(\S*)@(\S*) )?(\w+):  ([\s\S]*)$/;
const EXECUTED = /^duration: ([\d.]+) ms {2}(?:execute [^:]*|statement): ([\s\S]*)$/;

type Entry = { pid: string; database: string; level: string; message: string };

/** Splits the log into entries: a line that starts with a timestamp begins one, other lines continue it. */
function entriesOf(text: string): Entry[] {
  const entries: Entry[] = [];
  for (const line of text.split("\n")) {
    const start = ENTRY_START.exec(line);
    if (start) {
      entries.push({ pid: start[1]!, database: start[3] ?? "", level: start[4]!, message: start[5]! });
    } else if (entries.length && line.length) {
      entries.at(-1)!.message += `\n${line.replace(/^\t/, "")}`;
    }
  }
  return entries;
}

/** "$1 = 'a''b', $2 = NULL" → ["a'b", null], in parameter order. */
export function parseParameters(detail: string): (string | null)[] {
  const params: (string | null)[] = [];
  for (const match of detail.matchAll(/\$(\d+) = (NULL|'((?:[^']|'')*)')/g)) {
    params[Number(match[1]) - 1] = match[2] === "NULL" ? null : match[3]!.replaceAll("''", "'");
  }
  return params;
}

export function statementsOf(text: string, database: string): LoggedStatement[] {
  const statements: LoggedStatement[] = [];
  const lastOfPid = new Map<string, LoggedStatement>();
  for (const entry of entriesOf(text)) {
    if (entry.database !== database) continue;
    if (entry.level === "LOG") {
      const executed = EXECUTED.exec(entry.message);
      if (!executed) {
        // A parse or bind entry: the DETAIL that follows it belongs to it, not to the last execute.
        lastOfPid.delete(entry.pid);
        continue;
      }
      const statement = { database, durationMs: Number(executed[1]), sql: executed[2]!.trim(), params: [] };
      statements.push(statement);
      lastOfPid.set(entry.pid, statement);
    } else if (entry.level === "DETAIL" && /^parameters: /i.test(entry.message)) {
      const statement = lastOfPid.get(entry.pid);
      if (statement) statement.params = parseParameters(entry.message.slice("parameters: ".length));
    }
  }
  return statements;
}

/** The statement with its parameters written in as literals, typed by context as the server typed them. */
export function inlineParameters(sql: string, params: (string | null)[]): string {
  return sql.replace(/\$(\d+)\b/g, (whole, n: string) => {
    const index = Number(n) - 1;
    if (index >= params.length) return whole;
    const value = params[index];
    return value === null || value === undefined ? "NULL" : `'${value.replaceAll("'", "''")}'`;
  });
}
