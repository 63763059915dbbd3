import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ComparisonAkimat } from "@/lib/domain/comparison";
import type { Platform } from "@/lib/generated/prisma/enums";
import { akimatName } from "./akimat-name";
import { ComparisonCellView } from "./comparison-cell";
import { OpennessView } from "./openness-view";

export { akimatName };

/** A column header that sorts the table: a link, so the sorted view is an address like any other. */
export type SortLink = { href: string; direction: "asc" | "desc" | null };
export type SortLinks = { name: SortLink; openness: SortLink; reach: Partial<Record<Platform, SortLink>> };

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

async function SortableHeader({ label, link }: { label: string; link?: SortLink }) {
  if (!link)
    return (
      <th scope="col" className="px-4 py-2">
        {label}
      </th>
    );
  const t = await getTranslations("dashboard");
  return (
    <th scope="col" aria-sort={link.direction ? ARIA_SORT[link.direction] : undefined} className="px-4 py-2">
      <Link href={link.href} className="inline-flex items-center gap-1 text-blue-900 underline-offset-2 hover:underline dark:text-blue-200">
        {label}
        <span aria-hidden="true">{link.direction === "asc" ? "▲" : link.direction === "desc" ? "▼" : "↕"}</span>
        <span className="sr-only">{t("sortBy")}</span>
      </Link>
    </th>
  );
}

/** One akimat's officials (in order of rank unless sorted), a column per platform and their openness. */
export async function ComparisonTable({
  akimat,
  platforms,
  locale,
  sortLinks,
  officialHref,
}: {
  akimat: ComparisonAkimat;
  platforms: Platform[];
  locale: string;
  sortLinks?: SortLinks;
  officialHref?: (id: string) => string;
}) {
  const [t, tt, tp, to] = await Promise.all([
    getTranslations({ locale, namespace: "dashboard" }),
    getTranslations({ locale, namespace: "titles" }),
    getTranslations({ locale, namespace: "platforms" }),
    getTranslations({ locale, namespace: "openness" }),
  ]);
  return (
    <div className="relative overflow-x-auto rounded-lg border border-zinc-300 bg-white dark:border-zinc-700 dark:bg-zinc-900">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="px-4 py-3 text-left text-base font-bold">{akimatName(akimat, locale)}</caption>
        <thead className="bg-zinc-100 dark:bg-zinc-800">
          <tr>
            <SortableHeader label={t("official")} link={sortLinks?.name} />
            {platforms.map((platform) => (
              <SortableHeader key={platform} label={tp(platform)} link={sortLinks?.reach[platform]} />
            ))}
            <SortableHeader label={to("title")} link={sortLinks?.openness} />
          </tr>
        </thead>
        <tbody>
          {akimat.officials.length === 0 && (
            <tr>
              <td colSpan={platforms.length + 2} className="px-4 py-3 text-zinc-600 dark:text-zinc-400">
                {t("noOfficials")}
              </td>
            </tr>
          )}
          {akimat.officials.map((official) => (
            <tr key={official.id} className="border-t border-zinc-200 align-top dark:border-zinc-700">
              <th scope="row" className="px-4 py-3 font-normal">
                {officialHref ? (
                  <Link href={officialHref(official.id)} className="block font-semibold text-blue-900 hover:underline dark:text-blue-200">
                    {official.fullName}
                  </Link>
                ) : (
                  <span className="block font-semibold">{official.fullName}</span>
                )}
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
              <td className="px-4 py-3">
                <OpennessView openness={official.openness} locale={locale} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
