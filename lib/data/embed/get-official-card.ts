import "server-only";
import { db } from "@/lib/db";
import type { ComparisonOfficial, OfficialCard } from "@/lib/domain/comparison";
import { sortPlatforms } from "@/lib/domain/platforms";
import { newsroomDay } from "@/lib/domain/time";
import type { Platform } from "@/lib/generated/prisma/enums";
import { getComparison } from "../comparison/get-comparison";
import { waveCutInstant, type WaveCut } from "../waves/wave-cut";

/**
 * One official's public card: their posts on the as-of day and what the comparison shows of them (published
 * observations only, through getComparison). The registry's facts (name, post) are public; nothing else is read.
 * With `wave`, what that wave published of them, their posts being those at its close (getComparison's rule); with
 * `publishedBy`, only what had been approved by then (getComparison's rule).
 */
export async function getOfficialCard({
  officialId,
  asOf: asked,
  wave,
  publishedBy,
}: {
  officialId: string;
  asOf: Date;
  wave?: WaveCut;
  publishedBy?: Date;
}): Promise<OfficialCard | null> {
  const asOf = wave ? waveCutInstant(wave, asked) : asked;
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
  const comparison = slugs.length ? await getComparison({ asOf, akimatSlugs: slugs, wave, publishedBy }) : null;
  const shown: ComparisonOfficial | undefined = comparison?.akimats.flatMap((akimat) => akimat.officials).find((entry) => entry.id === official.id);
  const cells = shown?.cells ?? {};
  return {
    ...official,
    asOf,
    ...(comparison?.wave ? { wave: comparison.wave } : {}),
    ...(comparison?.publishedBy ? { publishedBy: comparison.publishedBy } : {}),
    platforms: sortPlatforms(Object.keys(cells) as Platform[]),
    cells,
    openness: shown?.openness ?? null,
  };
}
