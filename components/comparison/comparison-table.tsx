import { getTranslations } from "next-intl/server";
import type { Platform } from "@/lib/generated/prisma/enums";
import type { ComparisonAkimat } from "@/lib/domain/comparison";
import { ComparisonCellView } from "./comparison-cell";

export function akimatName(akimat: Pick<ComparisonAkimat, "name" | "nameKk" | "nameEn">, locale: string): string {
  return (locale === "kk" ? akimat.nameKk : locale === "en" ? akimat.nameEn : null) ?? akimat.name;
}

/** One akimat's officials in order of rank, a column per platform. */
export async function ComparisonTable({ akimat, platforms, locale }: { akimat: ComparisonAkimat; platforms: Platform[]; locale: string }) {
  const [t, tt, tp] = await Promise.all([
    getTranslations({ locale, namespace: "dashboard" }),
    getTranslations({ locale, namespace: "titles" }),
    getTranslations({ locale, namespace: "platforms" }),
  ]);
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-300 bg-white dark:border-zinc-700 dark:bg-zinc-900">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="px-4 py-3 text-left text-base font-bold">{akimatName(akimat, locale)}</caption>
        <thead className="bg-zinc-100 dark:bg-zinc-800">
          <tr>
            <th scope="col" className="px-4 py-2">
              {t("official")}
            </th>
            {platforms.map((platform) => (
              <th key={platform} scope="col" className="px-4 py-2">
                {tp(platform)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {akimat.officials.length === 0 && (
            <tr>
              <td colSpan={platforms.length + 1} className="px-4 py-3 text-zinc-600 dark:text-zinc-400">
                {t("noOfficials")}
              </td>
            </tr>
          )}
          {akimat.officials.map((official) => (
            <tr key={official.id} className="border-t border-zinc-200 align-top dark:border-zinc-700">
              <th scope="row" className="px-4 py-3 font-normal">
                <span className="block font-semibold">{official.fullName}</span>
                <span className="block text-xs text-zinc-700 dark:text-zinc-300">
                  {tt(official.title)}
                  {official.portfolio ? ` · ${official.portfolio}` : ""}
                </span>
              </th>
              {platforms.map((platform) => (
                <td key={platform} className="px-4 py-3">
                  <ComparisonCellView cells={official.cells[platform]} locale={locale} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
