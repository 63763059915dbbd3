import { checkHealth } from "@/lib/data/health/check-health";

export const dynamic = "force-dynamic";

/** For the outlet's monitoring: 200 when the database answers, 503 otherwise. Says nothing internal. */
export async function GET() {
  const healthy = await checkHealth();
  return Response.json({ status: healthy ? "ok" : "unavailable" }, { status: healthy ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
