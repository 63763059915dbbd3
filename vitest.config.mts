import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Data-layer modules import "server-only"; under Vitest they run on the server anyway.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["{lib,components,app,server,prisma,scripts}/**/*.test.{ts,tsx}", "*.test.ts"],
    globalSetup: ["./lib/testing/vitest-global-setup.ts"],
    // next-auth imports "next/server" without an extension, which only a bundler resolves: let Vite bundle it.
    server: { deps: { inline: ["next-auth"] } },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { NODE_ENV: "test", AUTH_SECRET: "test-secret-test-secret-test-secret-0123" },
  },
});
