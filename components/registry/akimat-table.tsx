import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { AkimatLevel } from "@/lib/generated/prisma/enums";

type Akimat = {
  id: string;
  slug: string;
  name: string;
  nameKk: string | null;
  nameEn: string | null;
  level: AkimatLevel;
  endedOn: Date | null;
  parent: { id: string; name: string } | null;
  currentPositions: number;
};

/** Every akimat, ended ones kept and marked, with its names in the three languages. */
export async function AkimatTable({ akimats, mayManage }: { akimats: Akimat[]; mayManage: boolean }) {
  const [t, tl, format] = await Promise.all([getTranslations("registry.akimats"), getTranslations("levels"), getFormatter()]);
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("title")}</caption>
        <thead className="border-b border-zinc-300 dark:border-zinc-700">
          <tr>
            <th scope="col" className="py-2 pr-4">{t("name")}</th>
            <th scope="col" className="py-2 pr-4">{t("level")}</th>
            <th scope="col" className="py-2 pr-4">{t("parent")}</th>
            <th scope="col" className="py-2 pr-4">{t("positions")}</th>
            <th scope="col" className="py-2 pr-4">{t("status")}</th>
            {mayManage && <th scope="col" className="py-2 pr-4"><span className="sr-only">{t("actions")}</span></th>}
          </tr>
        </thead>
        <tbody>
          {akimats.map((akimat) => (
            <tr key={akimat.id} className="border-b border-zinc-200 align-top dark:border-zinc-800">
              <th scope="row" className="py-2 pr-4 font-normal">
                <Link href={`/akimats/${akimat.id}`} className="font-semibold text-blue-800 hover:underline dark:text-blue-300">
                  {akimat.name}
                </Link>
                {akimat.nameKk && <span lang="kk" className="block text-xs">{akimat.nameKk}</span>}
                {akimat.nameEn && <span lang="en" className="block text-xs">{akimat.nameEn}</span>}
                <span className="block font-mono text-xs text-zinc-600 dark:text-zinc-400">{akimat.slug}</span>
              </th>
              <td className="py-2 pr-4">{tl(akimat.level)}</td>
              <td className="py-2 pr-4">{akimat.parent?.name ?? "—"}</td>
              <td className="py-2 pr-4 tabular-nums">{akimat.currentPositions}</td>
              <td className="py-2 pr-4">{akimat.endedOn ? t("endedOn", { date: format.dateTime(akimat.endedOn, { dateStyle: "medium" }) }) : t("active")}</td>
              {mayManage && (
                <td className="py-2 pr-4">
                  <Link href={`/akimats/${akimat.id}/edit`} aria-label={t("editLabel", { name: akimat.name })} className="font-semibold text-blue-800 hover:underline dark:text-blue-300">
                    {t("edit")}
                  </Link>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
