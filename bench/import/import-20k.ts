/**
 * How long importing 20 000 rows of past observations takes on this machine: the target of issue 8 is under a
 * minute. On a fresh embedded database (PGlite, as the app runs by default), with the story seeded and a
 * registry of 500 officials imported first, it times reading the file, keeping it, the dry run and the
 * confirmed import, and writes the figures to bench/import/results/import.json (the latest run). Not part of the tests.
 *
 *   npm run bench:import                      # 20 000 rows
 *   npm run bench:import -- --rows=5000       # fewer, to try it out
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { migrationScript } from "@/lib/testing/migrations";
import { observationsCsv, registryCsv } from "./generate-csv";

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const ROWS = arg("rows", 20_000);
const OFFICIALS = arg("officials", 500);

async function timed<T>(label: string, times: Record<string, number>, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  times[label] = Math.round(performance.now() - started);
  console.log(`${label.padEnd(28)} ${(times[label]! / 1000).toFixed(2)} s`);
  return result;
}

async function main() {
  const pglite = await PGlite.create();
  await pglite.exec(migrationScript());
  const server = new PGLiteSocketServer({ db: pglite, host: "127.0.0.1", port: 0, maxConnections: 16 });
  await server.start();
  process.env.DATABASE_URL = `postgresql://postgres:postgres@${server.getServerConn()}/postgres`;
  process.env.DATABASE_POOL_MAX = "4";

  // Imported after DATABASE_URL is set: the client is made on first use.
  const { db, disconnectDb } = await import("@/lib/db");
  const { createUser } = await import("@/lib/testing/factories");
  const { seedStory } = await import("@/prisma/seed-story");
  const { readSpreadsheet } = await import("@/lib/data/import/read-spreadsheet");
  const { createImport } = await import("@/lib/data/import/create-import");
  const { dryRunImport } = await import("@/lib/data/import/plan-import");
  const { confirmImport } = await import("@/lib/data/import/confirm-import");

  const reporter = await createUser(db);
  const user = await createUser(db, { role: "EDITOR" });
  const editor = { id: user.id, role: user.role, name: user.name, email: user.email };
  await seedStory(db, { authorId: reporter.id, reviewerId: editor.id });

  async function importFile(kind: "REGISTRY" | "OBSERVATIONS", text: string, times: Record<string, number>) {
    const bytes = new TextEncoder().encode(text);
    const read = await timed("read the file", times, () => readSpreadsheet(bytes));
    if (!read.ok) throw new Error(read.problem);
    const { id } = await timed("keep the upload", times, () =>
      createImport({ viewer: editor, kind, fileName: `${kind.toLowerCase()}.csv`, bytes, sheet: read.sheet }),
    );
    const report = await timed("dry run", times, () => dryRunImport({ viewer: editor, id }));
    const done = await timed("confirmed import", times, () => confirmImport({ viewer: editor, id, expectedVersion: 1 }));
    return { bytes: bytes.byteLength, rows: read.sheet.rows.length, errors: report.errorCount, summary: done.summary };
  }

  console.log(`Registry: ${OFFICIALS} officials, two accounts each`);
  const registryTimes: Record<string, number> = {};
  const registry = await importFile("REGISTRY", registryCsv(OFFICIALS), registryTimes);

  console.log(`\nObservations: ${ROWS} rows`);
  const times: Record<string, number> = {};
  const observations = await importFile("OBSERVATIONS", observationsCsv({ officials: OFFICIALS, rows: ROWS }), times);
  const total = Object.values(times).reduce((a, b) => a + b, 0);
  console.log(`${"total".padEnd(28)} ${(total / 1000).toFixed(2)} s  (target: under 60 s)`);
  console.log(`created ${observations.summary.observation.create} observations, ${observations.errors} rows refused`);
  if (observations.summary.observation.create !== ROWS || observations.errors > 0) throw new Error("The generated file should import whole.");

  const result = {
    at: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      loadAverage: os.loadavg(),
      node: process.version,
      database: "PGlite (in memory)",
    },
    registry: { ...registry, timesMs: registryTimes },
    observations: { ...observations, timesMs: times, totalMs: total },
  };
  const dir = path.join(import.meta.dirname, "results");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "import.json");
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nWritten to ${path.relative(process.cwd(), file)}`);

  await disconnectDb();
  await server.stop();
  await pglite.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
