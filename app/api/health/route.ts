import { checkHealth } from "@/lib/data/health/check-health";

export const dynamic = "force-dynamic";

/**
 * For the outlet's monitoring and the proxy: 200 `{status:"ok"}` when the database answers and every
 * migration is applied; 503 `{status:"unavailable", reason:"database"|"migrations"}` otherwise. Says nothing
 * internal; the details go to the log.
 */
export async function GET() {
  const health = await checkHealth();
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
