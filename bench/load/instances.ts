/**
 * Two instances of one build on one database, as a deployment behind a load balancer runs them: the same
 * AUTH_SECRET (sessions and CSRF tokens made by one are read by the other), the same
 * NEXT_SERVER_ACTIONS_ENCRYPTION_KEY (what one encrypts into a form, the other decrypts), both fresh random values
 * per run, one shared UPLOAD_DIR (a screenshot stored by one is served by the other), and each its own port and log.
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import { pidListeningOn } from "../embed/server-cpu";
import { startApp, type RunningApp } from "../lib/app";
import type { Instance } from "./client";

export type Started = Instance & { log: string; pid: number | undefined; app: RunningApp };

export type Secrets = { AUTH_SECRET: string; NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: string };

/** 32 random bytes each, base64: what `openssl rand -base64 32` gives, as docs/deploy.md asks for. */
export const newSecrets = (): Secrets => ({
  AUTH_SECRET: randomBytes(32).toString("base64"),
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
});

export async function startInstances({
  appDir,
  databaseUrl,
  scratch,
  secrets,
  names = ["A", "B"],
  poolMax,
}: {
  appDir: string;
  databaseUrl: string;
  scratch: string;
  secrets: Secrets;
  names?: string[];
  poolMax?: number;
}): Promise<Started[]> {
  const shared: Record<string, string> = {
    ...secrets,
    UPLOAD_DIR: path.join(scratch, "uploads"),
    OUTLET_NAME: "Нагрузочный тест",
    LOG_LEVEL: "info",
    // The sign-in proof names its browsers' addresses in X-Forwarded-For, as nginx on the same machine would.
    TRUSTED_PROXIES: "127.0.0.1",
    ...(poolMax ? { DATABASE_POOL_MAX: String(poolMax) } : {}),
  };
  const started: Started[] = [];
  try {
    for (const name of names) {
      const log = path.join(scratch, `instance-${name}.log`);
      const app = await startApp({ dir: appDir, databaseUrl, env: shared, logFile: log });
      started.push({ name, baseUrl: app.baseUrl, log, pid: pidListeningOn(Number(new URL(app.baseUrl).port)), app });
    }
  } catch (error) {
    await stopInstances(started);
    throw error;
  }
  return started;
}

export async function stopInstances(instances: Started[]): Promise<void> {
  await Promise.all(instances.map((instance) => instance.app.stop()));
}
