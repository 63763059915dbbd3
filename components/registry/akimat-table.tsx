import { getFormatter, getTranslations } from "next-intl/server";
import { Row, Table } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
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
              {akimat.name}
            </TextLink>
            {akimat.nameKk && (
              <span lang="kk" className="block text-xs">
                {akimat.nameKk}
              </span>
            )}
            {akimat.nameEn && (
              <span lang="en" className="block text-xs">
                {akimat.nameEn}
              </span>
            )}
            <span className="block font-mono text-xs text-zinc-600 dark:text-zinc-400">{akimat.slug}</span>
          </th>
          <td>{tl(akimat.level)}</td>
          <td>{akimat.parent?.name ?? "—"}</td>
          <td className="tabular-nums">{akimat.currentPositions}</td>
          <td>{akimat.endedOn ? t("endedOn", { date: format.dateTime(akimat.endedOn, { dateStyle: "medium" }) }) : t("active")}</td>
          {mayManage && (
            <td>
              <TextLink href={`/akimats/${akimat.id}/edit`} aria-label={t("editLabel", { name: akimat.name })} className="font-semibold">
                {t("edit")}
              </TextLink>
            </td>
          )}
        </Row>
      ))}
    </Table>
  );
}
