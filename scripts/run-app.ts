/**
 *   tsx scripts/run-app.ts demo   build is done; migrate, seed the story, `npm start`    (npm run demo)
 *   tsx scripts/run-app.ts dev    migrate, seed the story, `next dev` with hot reload    (npm run dev)
 *
 * Both run on the embedded database unless DATABASE_URL is set, and make a local AUTH_SECRET once (kept in
 * .data/, never committed) so that a newcomer configures nothing. A real install sets its own secret.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { DEMO_PASSWORD, DEMO_USERS } from "../lib/demo";

const mode = process.argv[2];
if (mode !== "demo" && mode !== "dev") {
  console.error("usage: tsx scripts/run-app.ts demo|dev");
  process.exit(2);
}

function localSecret(): string {
  const file = ".data/auth-secret";
  if (!existsSync(file)) {
    mkdirSync(".data", { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

const port = process.env.PORT ?? "3000";
const url = `http://localhost:${port}`;
const banner = [
  "",
  `  Ashyq is starting at ${url}`,
  "",
  "  Demo sign-ins (demo data only):",
  ...DEMO_USERS.map((user) => `    ${user.role.toLowerCase().padEnd(8)} ${user.email}`),
  `    password ${DEMO_PASSWORD}`,
  `  Public embed: ${url}/embed/comparison`,
  "",
].join("\n");

// The demo runs the production server (server/index.ts, `npm start`'s command), as an outlet would; dev runs Next's
// own, with hot reload. Not through npm: npm exits on a signal without passing it on, and with-db would then close the
// database under a server still running.
const serve = mode === "demo" ? "node --import tsx server/index.ts" : `next dev -p ${port}`;
const script = `prisma migrate deploy && tsx --conditions=react-server prisma/seed.ts && printf '%s\\n' "$ASHYQ_BANNER" && exec ${serve}`;

// `node --import tsx` rather than the `tsx` command: tsx's wrapper process SIGKILLs its child when the child
// does not acknowledge a relayed signal within ~60 ms, and with-db is often busy inside PGlite for longer;
// killed, it would leave Next running and the database unclosed. Here the signal reaches with-db itself.
const child = spawn(process.execPath, ["--import", "tsx", "scripts/with-db.ts", "--", "sh", "-c", script], {
  stdio: "inherit",
  env: {
    ...process.env,
    AUTH_SECRET: process.env.AUTH_SECRET ?? localSecret(),
    DEMO_MODE: "1",
    PORT: port,
    ASHYQ_BANNER: banner,
    NEXT_TELEMETRY_DISABLED: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
// with-db passes the signal on to Next (which finishes its in-flight requests), then closes the database;
// this process waits for all of that. In a terminal, Ctrl-C reaches every process at once: the duplicates
// are harmless, since with-db and Next each act on the first and ignore the rest.
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
