import "server-only";
import { db } from "@/lib/db";
import { compareAkimats } from "@/lib/domain/akimat-levels";
import { russianTitle } from "@/lib/domain/popolo";
import { isoDate, type PublicAkimat, type PublicPosition } from "./public-records";

/** An official as the exports need them: each post with the dates that say on which days it was held. */
export type RegistryOfficial = {
  id: string;
  name: string;
  nameLatin: string | null;
  positions: { held: { startedOn: Date | null; endedOn: Date | null }; position: PublicPosition }[];
};

/** The editors' registry, small even for the whole country (some 200 akimats, 5 000 officials): read whole. */
export type OpenDataRegistry = { akimats: PublicAkimat[]; officials: RegistryOfficial[]; officialById: Map<string, RegistryOfficial> };

export async function loadOpenDataRegistry(): Promise<OpenDataRegistry> {
  const [akimatRows, officialRows] = await Promise.all([
    db.akimat.findMany({ select: { id: true, slug: true, name: true, nameKk: true, nameEn: true, level: true, parentId: true, endedOn: true } }),
    db.official.findMany({
      select: {
        id: true,
        fullName: true,
        fullNameLatin: true,
        positions: {
          select: { id: true, akimatId: true, title: true, portfolio: true, startedOn: true, endedOn: true },
          orderBy: [{ startedOn: { sort: "asc", nulls: "first" } }, { id: "asc" }],
        },
      },
    }),
  ]);
  const akimats: PublicAkimat[] = akimatRows.sort(compareAkimats).map((a) => ({ ...a, endedOn: isoDate(a.endedOn) }));
  const akimatById = new Map(akimats.map((a) => [a.id, a]));
  const officials = officialRows
    .sort((a, b) => a.fullName.localeCompare(b.fullName, "ru") || a.id.localeCompare(b.id))
    .map((official): RegistryOfficial => {
      const positions = official.positions.map((p) => {
        const akimat = akimatById.get(p.akimatId)!;
        const position: PublicPosition = {
          id: p.id,
          akimat: { id: akimat.id, slug: akimat.slug, name: akimat.name, level: akimat.level },
          title: p.title,
          titleRu: russianTitle(p.title),
          portfolio: p.portfolio,
          startedOn: isoDate(p.startedOn),
          endedOn: isoDate(p.endedOn),
        };
        return { held: { startedOn: p.startedOn, endedOn: p.endedOn }, position };
      });
      return { id: official.id, name: official.fullName, nameLatin: official.fullNameLatin, positions };
    });
  return { akimats, officials, officialById: new Map(officials.map((o) => [o.id, o])) };
}
