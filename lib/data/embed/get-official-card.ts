import "server-only";
import { db } from "@/lib/db";
import type { ComparisonOfficial, OfficialCard } from "@/lib/domain/comparison";
import { sortPlatforms } from "@/lib/domain/platforms";
import { newsroomDay } from "@/lib/domain/time";
import type { Platform } from "@/lib/generated/prisma/enums";
import { getComparison } from "../comparison/get-comparison";

/**
 * One official's public card: their posts on the as-of day and what the comparison shows of them (published
 * observations only, through getComparison). The registry's facts (name, post) are public; nothing else is read.
 */
export async function getOfficialCard({ officialId, asOf }: { officialId: string; asOf: Date }): Promise<OfficialCard | null> {
  const day = newsroomDay(asOf);
  const official = await db.official.findUnique({
    where: { id: officialId },
    select: {
      id: true,
      fullName: true,
      fullNameLatin: true,
      positions: {
        where: { AND: [{ OR: [{ startedOn: null }, { startedOn: { lte: day } }] }, { OR: [{ endedOn: null }, { endedOn: { gt: day } }] }] },
        select: { title: true, portfolio: true, akimat: { select: { slug: true, name: true, nameKk: true, nameEn: true } } },
      },
    },
  });
  if (!official) return null;
  const slugs = [...new Set(official.positions.map((position) => position.akimat.slug))];
  const comparison = slugs.length ? await getComparison({ asOf, akimatSlugs: slugs }) : null;
  const shown: ComparisonOfficial | undefined = comparison?.akimats.flatMap((akimat) => akimat.officials).find((entry) => entry.id === official.id);
  const cells = shown?.cells ?? {};
  return {
    ...official,
    asOf,
    platforms: sortPlatforms(Object.keys(cells) as Platform[]),
    cells,
    openness: shown?.openness ?? null,
  };
}
