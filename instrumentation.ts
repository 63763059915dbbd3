import type { Instrumentation } from "next";

/** Runs once when the server starts: a missing or bad setting is a clear error at boot, not a 500 later. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { loadEnv, requireAuthSecret, requireDatabaseUrl } = await import("@/lib/env");
  loadEnv();
  requireDatabaseUrl();
  requireAuthSecret();
}

/**
 * Every server error Next catches, as one structured line with the request's id and the digest that the error
 * page shows the person (app/global-error.tsx, app/(newsroom)/error.tsx): the id they quote finds the line.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("@/lib/logger");
  logRequestError(error, request, context);
};
