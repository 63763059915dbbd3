/** Runs once when the server starts: a missing or bad setting is a clear error at boot, not a 500 later. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { loadEnv, requireAuthSecret, requireDatabaseUrl } = await import("@/lib/env");
  loadEnv();
  requireDatabaseUrl();
  requireAuthSecret();
}
