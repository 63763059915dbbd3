import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { akimatName } from "@/components/comparison/akimat-name";
import { Row, Table } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import type { AkimatLevel } from "@/lib/generated/prisma/enums";

type Names = { name: string; nameKk: string | null; nameEn: string | null };
type Akimat = Names & {
  id: string;
  slug: string;
  level: AkimatLevel;
  endedOn: Date | null;
  parent: (Names & { id: string }) | null;
  currentPositions: number;
};

/**
 * Every akimat, ended ones kept and marked: its name in the interface's language, as on every page, then its
 * other names, marked by language so that screen readers pronounce them.
 */
export async function AkimatTable({ akimats, mayManage }: { akimats: Akimat[]; mayManage: boolean }) {
  const [t, tl, format, locale] = await Promise.all([getTranslations("registry.akimats"), getTranslations("levels"), getFormatter(), getLocale()]);
  return (
    <Table
      caption={t("title")}
      head={
        <>
          <th scope="col">{t("name")}</th>
          <th scope="col">{t("level")}</th>
          <th scope="col">{t("parent")}</th>
          <th scope="col">{t("positions")}</th>
          <th scope="col">{t("status")}</th>
          {mayManage && (
            <th scope="col">
              <span className="sr-only">{t("actions")}</span>
            </th>
          )}
        </>
      }
    >
      {akimats.map((akimat) => (
        <Row key={akimat.id}>
          <th scope="row" className="font-normal">
            <TextLink href={`/akimats/${akimat.id}`} className="font-semibold">
              {akimatName(akimat, locale)}
            </TextLink>
            {otherNames(akimat, locale).map(([lang, name]) => (
              <span key={lang} lang={lang} className="block text-xs">
                {name}
              </span>
            ))}
            <span className="block font-mono text-xs text-zinc-600 dark:text-zinc-400">{akimat.slug}</span>
          </th>
          <td>{tl(akimat.level)}</td>
          <td>{akimat.parent ? akimatName(akimat.parent, locale) : "—"}</td>
          <td className="tabular-nums">{akimat.currentPositions}</td>
          <td>{akimat.endedOn ? t("endedOn", { date: format.dateTime(akimat.endedOn, { dateStyle: "medium" }) }) : t("active")}</td>
          {mayManage && (
            <td>
              <TextLink href={`/akimats/${akimat.id}/edit`} aria-label={t("editLabel", { name: akimatName(akimat, locale) })} className="font-semibold">
                {t("edit")}
              </TextLink>
            </td>
          )}
        </Row>
      ))}
    </Table>
  );
}

/** The names besides the one shown, in the registry's order (ru, kk, en). */
function otherNames(akimat: Names, locale: string) {
  const shown = akimatName(akimat, locale);
  const names = [
    ["ru", akimat.name],
    ["kk", akimat.nameKk],
    ["en", akimat.nameEn],
  ] as const;
  return names.filter((entry): entry is readonly ["ru" | "kk" | "en", string] => Boolean(entry[1]) && entry[1] !== shown);
}
