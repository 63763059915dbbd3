import path from "node:path";
import { defineConfig } from "vitest/config";

/** The benchmark's own helpers; kept out of `npm test` on purpose (see bench/README.md). */
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname, "..") } },
  test: { root: import.meta.dirname, include: ["**/*.test.ts"] },
});
