import { defineConfig } from "prisma/config";
import { createMigrationAdapter } from "./prisma/migration-adapter";

// The Prisma CLI always runs through scripts/with-db.ts, which starts the embedded database when
// DATABASE_URL is not set. The schema's env("DATABASE_URL") must resolve even for `generate`,
// or the CLI falls back to a native engine it would try to download.
const databaseUrl = process.env.DATABASE_URL;
process.env.DATABASE_URL ??= "postgresql://unset@127.0.0.1:1/unset";
process.env.CHECKPOINT_DISABLE ??= "1";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx --conditions=react-server prisma/seed.ts" },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    if (!databaseUrl) {
      throw new Error("DATABASE_URL is not set. Run database commands through `npm run db:*`, which starts the embedded database.");
    }
    return createMigrationAdapter(databaseUrl, process.env.SHADOW_DATABASE_URL);
  },
});

// The WASM schema engine leaves timers behind, so the CLI would linger long after finishing (with PGlite,
// forever). Timers made in this process are unref'd: pending I/O still keeps it alive while there is work.
for (const name of ["setTimeout", "setInterval"] as const) {
  const original = globalThis[name];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  (globalThis as any)[name] = (...args: Parameters<typeof original>) => {
    const timer = (original as (...a: unknown[]) => NodeJS.Timeout)(...args);
    timer?.unref?.();
    return timer;
  };
}
