import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The migration history as one script, in order: how tests build a database without the Prisma CLI. */
export function migrationScript(root = process.cwd()): string {
  const dir = path.join(root, "prisma", "migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => readFileSync(path.join(dir, name, "migration.sql"), "utf8"))
    .join("\n;\n");
}
