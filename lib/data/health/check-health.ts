import "server-only";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";

export async function checkHealth(): Promise<boolean> {
  try {
    await db.$queryRaw`SELECT 1`;
    return true;
  } catch (error) {
    logger.error({ err: error }, "health check failed");
    return false;
  }
}
