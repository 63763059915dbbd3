import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { compareAkimats } from "@/lib/domain/akimat-levels";
import type { AkimatLevel } from "@/lib/generated/prisma/enums";

/**
 * The akimats that exist today, regions first, each with its parent's id: what a form offers to choose from. Lighter
 * than listAkimats (no counts, no parent's names), in SQL: on the change report, at national scale, that read's
 * counts and Prisma's building of its query were some 10 ms of every page (bench/README.md).
 */
export async function listCurrentAkimats({ viewer }: { viewer: Viewer }) {
  assertCan(viewer, "registry.view");
  const akimats = await db.$queryRaw<
    { id: string; slug: string; name: string; nameKk: string | null; nameEn: string | null; level: AkimatLevel; parentId: string | null }[]
  >`SELECT "id", "slug", "name", "nameKk", "nameEn", "level", "parentId" FROM "akimats" WHERE "endedOn" IS NULL`;
  return akimats.sort(compareAkimats);
}
