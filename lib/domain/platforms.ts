import type { Platform } from "@/lib/generated/prisma/enums";

/** Column order: the platforms the story's officials use first, then the rest. */
export const PLATFORM_ORDER: readonly Platform[] = ["INSTAGRAM", "FACEBOOK", "TELEGRAM", "TIKTOK", "YOUTUBE", "X", "THREADS", "VK", "LINKEDIN", "OTHER"];

export function sortPlatforms(platforms: Iterable<Platform>): Platform[] {
  const present = new Set(platforms);
  return PLATFORM_ORDER.filter((platform) => present.has(platform));
}
