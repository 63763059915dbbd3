/** `--name=value` and `--flag` arguments; the benchmark's scripts take nothing more elaborate. */
export function parseArgs(argv: string[]): Map<string, string> {
  const args = new Map<string, string>();
  for (const arg of argv) {
    const match = /^--([a-z][a-z0-9-]*)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`Unexpected argument "${arg}" (arguments look like --name=value)`);
    args.set(match[1]!, match[2] ?? "true");
  }
  return args;
}

export function intArg(args: Map<string, string>, name: string, fallback: number): number {
  const value = args.get(name);
  if (value === undefined) return fallback;
  const parsed = Number(value.replaceAll("_", ""));
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`--${name} must be a whole number (got "${value}")`);
  return parsed;
}
