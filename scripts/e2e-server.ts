/**
 * The server the end-to-end tests drive: the production build on a fresh embedded database of its own
 * (.data/e2e-pglite, wiped each run), migrated and seeded with the story.
 */
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";

const dataDir = ".data/e2e-pglite";
rmSync(dataDir, { recursive: true, force: true });
rmSync(`${dataDir}.lock`, { force: true });
const port = process.env.PORT ?? "3100";

const child = spawn(
  "tsx",
  ["scripts/with-db.ts", "--", "sh", "-c", `prisma migrate deploy && tsx --conditions=react-server prisma/seed.ts && exec next start -p ${port}`],
  {
    stdio: "inherit",
    env: {
      ...process.env,
      PGLITE_DATA_DIR: dataDir,
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
