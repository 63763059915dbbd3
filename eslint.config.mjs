import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * The walls between layers (docs/decisions/0011-layers.md), checked on resolved paths, so an alias, a relative
 * path and an import() are all caught:
 * - only lib/data reaches the database (and what sets it up: lib/testing, prisma/, scripts/, bench/, tests);
 * - lib/ never imports app/ or components/;
 * - components/ never import lib/data (a page reads, then hands its components props);
 * - server/ runs outside Next's bundle (node --import tsx server/index.ts): it imports Node's built-ins, packages,
 *   lib/http and lib/env.ts only; lib/ and components/ never import it (an embed route handler hands the server its
 *   response), and nothing imports server/index.ts, the program itself.
 * The enums (`@/lib/generated/prisma/enums`) and Prisma's browser types are plain values and allowed anywhere.
 */
const DATABASE = [
  "./lib/db.ts",
  "./lib/generated/prisma/client.ts",
  "./lib/generated/prisma/models.ts",
  "./lib/generated/prisma/models",
  "./lib/generated/prisma/internal",
];
const DATABASE_PACKAGES = ["@prisma/client", "@prisma/client/*", "@prisma/adapter-pg", "pg"];
const wall = { target: "./lib", from: ["./app", "./components"], message: "lib/ never imports app/ or components/: move what both need into lib/." };
const noData = {
  target: "./components",
  from: "./lib/data",
  message: "components/ never import lib/data: the page reads and passes props; shared types live in lib/domain.",
};
const noDatabase = { target: "./", from: DATABASE, message: "Only lib/data reaches the database: put the read or write in lib/data." };
const serverAlone = {
  target: "./server",
  from: "./",
  except: ["./server", "./lib/http", "./lib/env.ts", "./node_modules"],
  message: "server/ runs outside Next's bundle: it imports Node's built-ins, packages, lib/http and lib/env.ts only.",
};
const noServer = {
  target: ["./lib", "./components"],
  from: "./server",
  message: "lib/ and components/ never import server/: the route handler hands the server what it needs.",
};
const noServerProgram = { target: "./", from: "./server/index.ts", message: "server/index.ts is the program that runs Next: nothing imports it." };
const walls = (...zones) => ({ "import/no-restricted-paths": ["error", { zones }] });
const CODE = ["**/*.{ts,tsx,mts,js,mjs}"];
const MAY_REACH_DATABASE = [
  "lib/data/**",
  "lib/testing/**",
  "lib/db.ts",
  "lib/database-url.ts",
  "prisma/**",
  "scripts/**",
  "bench/**",
  "**/*.test.{ts,tsx}",
  "**/*.cases.ts",
  "e2e/**",
];

const config = [
  ...nextVitals,
  ...nextTs,
  // A later block replaces an earlier one's options for the same rule, so each carries every wall its files keep.
  {
    files: CODE,
    rules: {
      ...walls(wall, noData, noDatabase, serverAlone, noServer, noServerProgram),
      "no-restricted-imports": ["error", { patterns: [{ group: DATABASE_PACKAGES, message: "Only lib/data reaches the database." }] }],
    },
  },
  { files: MAY_REACH_DATABASE, rules: { ...walls(wall, noData, serverAlone, noServer, noServerProgram), "no-restricted-imports": "off" } },
  {
    // Next reads next.config.js as CommonJS.
    files: ["next.config.js", "lib/http/security-headers.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    ignores: [".next/**", "node_modules/**", "lib/generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
];

export default config;
