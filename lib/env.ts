import { z } from "zod";
import { splitTrustedProxies, TRUSTED_PROXIES_EXAMPLE, trustedProxyProblem } from "./http/trusted-proxies";

/**
 * The environment, validated once. Import `env`, never `process.env`.
 * Validation is lazy (first use, and at boot from instrumentation.ts) so that `next build`
 * does not demand production secrets.
 */
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** Required by anything that touches the database (checked at boot, and on first use by lib/db.ts). */
  DATABASE_URL: z.url("DATABASE_URL must be a postgresql:// URL").optional(),
  /** Size of the app's connection pool. Always 1 on the embedded database (scripts/with-db.ts says why). */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  /** Required by the web app (checked at boot by instrumentation.ts); command-line scripts do without. */
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters (use `openssl rand -base64 32`).").optional(),
  /** Session lifetime in seconds; a signed-in newsroom laptop left open stops working after it. */
  SESSION_MAX_AGE: z.coerce
    .number()
    .int()
    .min(300)
    .default(8 * 60 * 60),
  /** Shown on embeds and exports: whose work this is. */
  OUTLET_NAME: z.string().min(1).default("Ashyq"),
  /** The licence the outlet publishes its open data under, named in every export (docs/open-data.md). */
  OPEN_DATA_LICENCE: z.string().min(1).default("CC BY 4.0"),
  OPEN_DATA_LICENCE_URL: z.url("OPEN_DATA_LICENCE_URL must be the licence's web address").default("https://creativecommons.org/licenses/by/4.0/"),
  UPLOAD_DIR: z.string().default(".data/uploads"),
  /** The open-data exports' files, built once per publication version (decision 0016); safe to delete. */
  OPEN_DATA_DIR: z.string().default(".data/open-data"),
  /**
   * Hosts (e.g. `news.example.kz`) from which Server Actions are accepted besides the request's own host: for a
   * reverse proxy that rewrites the host. Read by next.config.js; validated here so that a typo fails at boot.
   */
  ALLOWED_ORIGINS: z
    .string()
    .default("")
    .refine(
      (value) => value.split(",").every((host) => !host.trim() || /^[a-z0-9.*-]+(?::\d+)?$/i.test(host.trim())),
      "ALLOWED_ORIGINS must be comma-separated hosts, like news.example.kz,news.example.kz:8443",
    ),
  /**
   * Reverse proxies whose X-Forwarded-For is believed: IP addresses and CIDR ranges, comma-separated. Empty: the
   * connection's own address is the client's. server/index.ts reads it (docs/deploy.md, server/client-address.ts).
   */
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .superRefine((value, context) => {
      for (const problem of splitTrustedProxies(value).map(trustedProxyProblem)) {
        if (problem)
          context.addIssue({ code: "custom", message: `${problem}. Write IP addresses and CIDR ranges separated by commas, like ${TRUSTED_PROXIES_EXAMPLE}` });
      }
    })
    .transform(splitTrustedProxies),
  /** Set by `npm run demo`/`npm run dev`: the sign-in page lists the demo sign-ins. Never on a real install. */
  DEMO_MODE: z
    .enum(["0", "1", "true", "false"])
    .default("0")
    .transform((value) => value === "1" || value === "true"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Env = z.infer<typeof EnvSchema>;

let parsed: Env | undefined;

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Ashyq cannot start, the environment is not valid:\n${problems}`);
  }
  return result.data;
}

export const env: Env = new Proxy({} as Env, {
  get(_target, key: string) {
    parsed ??= loadEnv();
    return parsed[key as keyof Env];
  },
});

/** The signing secret of sessions; its absence is a clear error at boot, not a failed sign-in later. */
export function requireAuthSecret(): string {
  const secret = env.AUTH_SECRET;
  if (!secret) throw new Error("Ashyq cannot start: AUTH_SECRET is not set. Generate one with `openssl rand -base64 32`.");
  return secret;
}

export function requireDatabaseUrl(): string {
  const url = env.DATABASE_URL;
  if (!url) {
    throw new Error("DATABASE_URL is not set. Start Ashyq with `npm run demo` or `npm run dev` (embedded database), or set it to a PostgreSQL URL.");
  }
  return url;
}
