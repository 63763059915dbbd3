import "server-only";
import { currentOnPlatform } from "@/lib/domain/latest-per-platform";
import { PLATFORM_ORDER } from "@/lib/domain/platforms";
import type { Platform } from "@/lib/generated/prisma/enums";
import type { PublicObservation } from "./public-records";

/**
 * One official's "current" picture from their published history: the latest observation of each account on
 * each platform, unless a later search on that platform found nothing (the comparison's rule, in
 * lib/domain/latest-per-platform.ts). The history must be in time order, oldest first. `observedAtOf` gives each
 * observation's instant: the published `observedAt` of a look known only to the month is "2024-08", which would
 * read as the month's first moment.
 */
export function currentObservations(
  history: readonly PublicObservation[],
  observedAtOf: (observation: PublicObservation) => Date = (observation) => new Date(observation.observedAt),
): PublicObservation[] {
  const latest = new Map<string, PublicObservation>();
  for (const observation of history) latest.set(`${observation.platform}:${observation.account?.id ?? ""}`, observation);

  const byPlatform = new Map<Platform, { accountId: string | null; observedAt: Date; observation: PublicObservation }[]>();
  for (const observation of latest.values()) {
    const rows = byPlatform.get(observation.platform) ?? [];
    rows.push({ accountId: observation.account?.id ?? null, observedAt: observedAtOf(observation), observation });
    byPlatform.set(observation.platform, rows);
  }
  return PLATFORM_ORDER.flatMap((platform) => currentOnPlatform(byPlatform.get(platform) ?? []).map((row) => row.observation));
}
