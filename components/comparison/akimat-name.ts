import type { ComparisonAkimat } from "@/lib/domain/comparison";

/** An akimat's name in the reader's language, Russian where the registry has no translation. */
export function akimatName(akimat: Pick<ComparisonAkimat, "name" | "nameKk" | "nameEn">, locale: string): string {
  return (locale === "kk" ? akimat.nameKk : locale === "en" ? akimat.nameEn : null) ?? akimat.name;
}
