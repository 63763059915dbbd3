import type { AkimatLevel } from "@/lib/generated/prisma/enums";

/** Region above city above district: the order akimats are listed in, and the only way one sits under another. */
export const LEVEL_RANK: Record<AkimatLevel, number> = { REGION: 0, CITY: 1, DISTRICT: 2 };

/**
 * An akimat sits only under one of a higher level (a city under its region, a district under its city or
 * region). That rule alone also rules out loops: no akimat can end up under itself.
 */
export function mayBeParentOf(parent: AkimatLevel, child: AkimatLevel): boolean {
  return LEVEL_RANK[parent] < LEVEL_RANK[child];
}

export function compareAkimats(a: { level: AkimatLevel; name: string }, b: { level: AkimatLevel; name: string }): number {
  return LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || a.name.localeCompare(b.name, "ru");
}
