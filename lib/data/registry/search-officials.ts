import "server-only";
import { assertCan, type Viewer } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { compareAkimats } from "@/lib/domain/akimat-levels";
import { compareByRank } from "@/lib/domain/positions";
import { transliterate } from "@/lib/domain/transliteration";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AkimatLevel, PositionTitle } from "@/lib/generated/prisma/enums";

/** Enough for a region's registry on one page; a national one is searched, not scrolled. */
export const SEARCH_LIMIT = 300;
const MAX_TERMS = 5;

/** Each word of the query, so that "Жумагулов Жусуп" finds "Жусуп Жумагулов". */
export function searchTerms(query: string | undefined): string[] {
  return (query ?? "")
    .normalize("NFC")
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, MAX_TERMS)
    .map((term) => term.slice(0, 100));
}

/**
 * A word matches the Cyrillic name or the Latin one, ignoring case. Its transliteration is tried against the
 * Latin name too, so that a Kazakh spelling ("Жұмағұлов") finds the Russian one ("Жумагулов") and ё finds е.
 */
function termWhere(term: string): Prisma.OfficialWhereInput {
  const latin = transliterate(term);
  const or: Prisma.OfficialWhereInput[] = [{ fullName: { contains: term, mode: "insensitive" } }, { fullNameLatin: { contains: term, mode: "insensitive" } }];
  if (latin !== term) or.push({ fullNameLatin: { contains: latin, mode: "insensitive" } });
  return { OR: or };
}

export type OfficialListItem = { id: string; fullName: string; fullNameLatin: string | null; title: PositionTitle; portfolio: string | null };
export type AkimatGroup = {
  akimat: { id: string; name: string; nameKk: string | null; nameEn: string | null; level: AkimatLevel; endedOn: Date | null };
  officials: OfficialListItem[];
};

/**
 * Officials matching the query (all of them without one), grouped by the akimat of each current post and in
 * order of rank; those without a current post come last, on their own.
 */
export async function searchOfficials({ viewer, query }: { viewer: Viewer; query?: string }) {
  assertCan(viewer, "registry.view");
  const terms = searchTerms(query);
  const found = await db.official.findMany({
    where: terms.length ? { AND: terms.map(termWhere) } : {},
    orderBy: [{ fullName: "asc" }, { id: "asc" }],
    take: SEARCH_LIMIT + 1,
    select: {
      id: true,
      fullName: true,
      fullNameLatin: true,
      positions: {
        where: { endedOn: null },
        select: { title: true, portfolio: true, akimat: { select: { id: true, name: true, nameKk: true, nameEn: true, level: true, endedOn: true } } },
      },
    },
  });
  const officials = found.slice(0, SEARCH_LIMIT);

  const groups = new Map<string, AkimatGroup>();
  const withoutPost: { id: string; fullName: string; fullNameLatin: string | null }[] = [];
  for (const { positions, ...official } of officials) {
    if (positions.length === 0) withoutPost.push(official);
    for (const { akimat, title, portfolio } of positions) {
      const group = groups.get(akimat.id) ?? { akimat, officials: [] };
      group.officials.push({ ...official, title, portfolio });
      groups.set(akimat.id, group);
    }
  }
  const byRank = (a: OfficialListItem, b: OfficialListItem) => compareByRank({ title: a.title, name: a.fullName }, { title: b.title, name: b.fullName });
  return {
    terms,
    total: officials.length,
    truncated: found.length > SEARCH_LIMIT,
    groups: [...groups.values()].sort((a, b) => compareAkimats(a.akimat, b.akimat)).map((group) => ({ ...group, officials: group.officials.sort(byRank) })),
    withoutPost,
  };
}
export type OfficialSearch = Awaited<ReturnType<typeof searchOfficials>>;
