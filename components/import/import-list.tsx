import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Row, Table } from "@/components/ui/table";
import type { ImportKind } from "@/lib/domain/import/fields";

export type ImportListItem = {
  id: string;
  kind: ImportKind;
  fileName: string;
  rowCount: number;
  status: "PENDING" | "CONFIRMED";
  createdAt: Date;
  uploadedBy: { name: string };
};

/** The latest imports: a pending one can be taken up again where it was left. */
export async function ImportList({ imports }: { imports: ImportListItem[] }) {
  const [t, tu, format] = await Promise.all([getTranslations("import.recent"), getTranslations("import.templates"), getFormatter()]);
  if (imports.length === 0) return <p className="text-sm">{t("empty")}</p>;
  return (
    <Table
      density="compact"
      head={
        <>
          <th scope="col">{t("file")}</th>
          <th scope="col">{t("kind")}</th>
          <th scope="col" className="text-right">
            {t("rows")}
          </th>
          <th scope="col">{t("status")}</th>
          <th scope="col">{t("by")}</th>
          <th scope="col">{t("when")}</th>
        </>
      }
    >
      {imports.map((item) => (
        <Row key={item.id} middle>
          <td>
            <Link
              href={`/import/${encodeURIComponent(item.id)}${item.status === "CONFIRMED" ? "/done" : ""}`}
              className="text-blue-800 underline dark:text-blue-300"
            >
              {item.fileName}
            </Link>
          </td>
          <td>{tu(item.kind)}</td>
          <td className="text-right tabular-nums">{item.rowCount}</td>
          <td>{t(`statuses.${item.status}`)}</td>
          <td>{item.uploadedBy.name}</td>
          <td className="whitespace-nowrap">{format.dateTime(item.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
        </Row>
      ))}
    </Table>
  );
}
