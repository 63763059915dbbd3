import "server-only";
import pino from "pino";
import { env } from "@/lib/env";

export const logger = pino({
  level: process.env.NODE_ENV === "test" ? "silent" : env.LOG_LEVEL,
  base: { app: "ashyq" },
  redact: { paths: ["password", "*.password", "passwordHash", "*.passwordHash"], remove: true },
});

/** Logs an unexpected error and returns the id the person sees, so support can find it. */
export function logUnexpected(error: unknown, context: Record<string, unknown> = {}): string {
  const errorId = crypto.randomUUID().slice(0, 8);
  logger.error({ err: error, errorId, ...context }, "unexpected error");
  return errorId;
}
