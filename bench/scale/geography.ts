/**
 * The country around the story: Kazakhstan's 17 regions and 3 cities of national significance, each region's
 * capital as a city akimat under it, and districts. Names of regions and cities are real; district names are
 * numbered, because what a benchmark needs from them is their number, not their spelling.
 *
 * North Kazakhstan (`sko`) and Petropavlovsk (`petropavlovsk`) come from the seed (the story) and are only
 * referred to here: the generator adds districts under the region but never touches the story's akimats.
 */
import type { AkimatLevel } from "@/lib/generated/prisma/enums";
import { generatedAkimatId } from "./ids";

type Region = { slug: string; name: string; nameKk: string; capital: { slug: string; name: string }; districts: number };

/** `name` is the genitive as it follows "Акимат …", e.g. "Акимат Акмолинской области". */
export const REGIONS: Region[] = [
  { slug: "abai", name: "области Абай", nameKk: "Абай облысының әкімдігі", capital: { slug: "semei", name: "города Семей" }, districts: 10 },
  { slug: "akmola", name: "Акмолинской области", nameKk: "Ақмола облысының әкімдігі", capital: { slug: "kokshetau", name: "города Кокшетау" }, districts: 11 },
  { slug: "aktobe", name: "Актюбинской области", nameKk: "Ақтөбе облысының әкімдігі", capital: { slug: "aktobe-city", name: "города Актобе" }, districts: 12 },
  { slug: "almaty-region", name: "Алматинской области", nameKk: "Алматы облысының әкімдігі", capital: { slug: "konaev", name: "города Конаев" }, districts: 9 },
  { slug: "atyrau", name: "Атырауской области", nameKk: "Атырау облысының әкімдігі", capital: { slug: "atyrau-city", name: "города Атырау" }, districts: 7 },
  {
    slug: "east-kazakhstan",
    name: "Восточно-Казахстанской области",
    nameKk: "Шығыс Қазақстан облысының әкімдігі",
    capital: { slug: "oskemen", name: "города Усть-Каменогорска" },
    districts: 9,
  },
  { slug: "zhambyl", name: "Жамбылской области", nameKk: "Жамбыл облысының әкімдігі", capital: { slug: "taraz", name: "города Тараза" }, districts: 10 },
  { slug: "zhetisu", name: "области Жетісу", nameKk: "Жетісу облысының әкімдігі", capital: { slug: "taldykorgan", name: "города Талдыкоргана" }, districts: 8 },
  {
    slug: "west-kazakhstan",
    name: "Западно-Казахстанской области",
    nameKk: "Батыс Қазақстан облысының әкімдігі",
    capital: { slug: "oral", name: "города Уральска" },
    districts: 12,
  },
  {
    slug: "karaganda",
    name: "Карагандинской области",
    nameKk: "Қарағанды облысының әкімдігі",
    capital: { slug: "karaganda-city", name: "города Караганды" },
    districts: 7,
  },
  {
    slug: "kostanay",
    name: "Костанайской области",
    nameKk: "Қостанай облысының әкімдігі",
    capital: { slug: "kostanay-city", name: "города Костаная" },
    districts: 16,
  },
  {
    slug: "kyzylorda",
    name: "Кызылординской области",
    nameKk: "Қызылорда облысының әкімдігі",
    capital: { slug: "kyzylorda-city", name: "города Кызылорды" },
    districts: 7,
  },
  { slug: "mangystau", name: "Мангистауской области", nameKk: "Маңғыстау облысының әкімдігі", capital: { slug: "aktau", name: "города Актау" }, districts: 5 },
  {
    slug: "pavlodar",
    name: "Павлодарской области",
    nameKk: "Павлодар облысының әкімдігі",
    capital: { slug: "pavlodar-city", name: "города Павлодара" },
    districts: 10,
  },
  {
    slug: "turkistan",
    name: "Туркестанской области",
    nameKk: "Түркістан облысының әкімдігі",
    capital: { slug: "turkistan-city", name: "города Туркестана" },
    districts: 14,
  },
  { slug: "ulytau", name: "области Ұлытау", nameKk: "Ұлытау облысының әкімдігі", capital: { slug: "zhezkazgan", name: "города Жезказгана" }, districts: 3 },
];

/** The story's region gets districts too (the seed has none), so that it looks like every other region. */
export const STORY_REGION = { slug: "sko", name: "Северо-Казахстанской области", districts: 13 };

export const NATIONAL_CITIES = [
  { slug: "astana", name: "города Астаны", nameKk: "Астана қаласының әкімдігі", districts: 4 }, // plus the story's Nura district
  { slug: "almaty", name: "города Алматы", nameKk: "Алматы қаласының әкімдігі", districts: 8 },
  { slug: "shymkent", name: "города Шымкента", nameKk: "Шымкент қаласының әкімдігі", districts: 5 },
];

export type GeneratedAkimat = { id: string; slug: string; name: string; nameKk: string | null; level: AkimatLevel; parentSlug: string | null };

/** Every akimat the generator adds, parents before children, with stable ids and slugs. */
export function generatedAkimats(): GeneratedAkimat[] {
  const list: GeneratedAkimat[] = [];
  const add = (slug: string, name: string, nameKk: string | null, level: AkimatLevel, parentSlug: string | null) =>
    list.push({ id: generatedAkimatId(slug), slug, name: `Акимат ${name}`, nameKk, level, parentSlug });
  const districts = (parentSlug: string, parentName: string, count: number, first = 1) => {
    for (let n = first; n < first + count; n++) {
      add(`${parentSlug}-district-${String(n).padStart(2, "0")}`, `района № ${n} ${parentName}`, null, "DISTRICT", parentSlug);
    }
  };
  for (const city of NATIONAL_CITIES) {
    add(city.slug, city.name, city.nameKk, "CITY", null);
    districts(city.slug, city.name, city.districts);
  }
  for (const region of REGIONS) {
    add(region.slug, region.name, region.nameKk, "REGION", null);
    add(region.capital.slug, region.capital.name, null, "CITY", region.slug);
    districts(region.slug, region.name, region.districts);
  }
  districts(STORY_REGION.slug, STORY_REGION.name, STORY_REGION.districts);
  return list;
}
