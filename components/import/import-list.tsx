import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
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
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-zinc-300 dark:border-zinc-700">
          <tr>
            <th scope="col" className="py-2 pr-3">{t("file")}</th>
            <th scope="col" className="py-2 pr-3">{t("kind")}</th>
            <th scope="col" className="py-2 pr-3 text-right">{t("rows")}</th>
            <th scope="col" className="py-2 pr-3">{t("status")}</th>
            <th scope="col" className="py-2 pr-3">{t("by")}</th>
            <th scope="col" className="py-2 pr-3">{t("when")}</th>
          </tr>
        </thead>
        <tbody>
          {imports.map((item) => (
            <tr key={item.id} className="border-b border-zinc-200 dark:border-zinc-800">
              <td className="py-2 pr-3">
                <Link href={`/import/${encodeURIComponent(item.id)}${item.status === "CONFIRMED" ? "/done" : ""}`} className="text-blue-800 underline dark:text-blue-300">
                  {item.fileName}
                </Link>
              </td>
              <td className="py-2 pr-3">{tu(item.kind)}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{item.rowCount}</td>
              <td className="py-2 pr-3">{t(`statuses.${item.status}`)}</td>
              <td className="py-2 pr-3">{item.uploadedBy.name}</td>
              <td className="py-2 pr-3 whitespace-nowrap">{format.dateTime(item.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
