/**
 * The server the end-to-end tests drive: the production build, started with `npm start`'s command
 * (server/index.ts; not through npm, which exits on a signal without passing it on), on a
 * fresh embedded database of its own
 * (.data/e2e-pglite, wiped each run), migrated and seeded with the story.
 */
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";

const dataDir = ".data/e2e-pglite";
rmSync(dataDir, { recursive: true, force: true });
rmSync(`${dataDir}.lock`, { force: true });
const port = process.env.PORT ?? "3100";

// `node --import tsx`, not the `tsx` command, which SIGKILLs a child slow to acknowledge a signal (see run-app.ts).
const child = spawn(
  process.execPath,
  [
    "--import",
    "tsx",
    "scripts/with-db.ts",
    "--",
    "sh",
    "-c",
    "prisma migrate deploy && tsx --conditions=react-server prisma/seed.ts && exec node --import tsx server/index.ts",
  ],
  {
    stdio: "inherit",
    env: {
      ...process.env,
      PGLITE_DATA_DIR: dataDir,
      PORT: port,
      AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
      DEMO_MODE: "1",
      NEXT_TELEMETRY_DISABLED: "1",
      CHECKPOINT_DISABLE: "1",
      LOG_LEVEL: "warn",
    },
  },
);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
