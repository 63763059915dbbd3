import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { HistoryPager } from "@/components/profile/history-pager";
import { Notice } from "@/components/ui/notice";
import { Row, Table } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import { requirePermission } from "@/lib/auth/viewer";
import { listSavedEmbeds } from "@/lib/data/embed/list-saved-embeds";
import { savedEmbedViewPath } from "@/lib/domain/saved-embed";
import { firstValue, type SearchParams } from "@/lib/validation/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("savedEmbeds"))("title") };
}

/** The saved embeds (issue 17, part 5), newest first, twenty a page: each headline opens it for a fix. */
export default async function SavedEmbedsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePermission("embed.build");
  const page = Number(firstValue((await searchParams).page) ?? 1);
  const [list, t, format] = await Promise.all([listSavedEmbeds({ viewer, page }), getTranslations("savedEmbeds"), getFormatter()]);
  return (
    <div className="flex flex-col gap-5">
      <TextLink href="/embed-builder" className="text-sm">
        ← {t("toBuilder")}
      </TextLink>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-zinc-700 dark:text-zinc-300">{t("intro")}</p>
      {list.total === 0 ? (
        <Notice>{t("empty")}</Notice>
      ) : (
        <>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">{t("count", { count: list.total })}</p>
          <Table
            caption={t("title")}
            head={
              <>
                <th scope="col">{t("columns.headline")}</th>
                <th scope="col">{t("columns.shows")}</th>
                <th scope="col">{t("columns.address")}</th>
                <th scope="col">{t("columns.updated")}</th>
              </>
            }
          >
            {list.items.map((item) => (
              <Row key={item.id}>
                <td className="max-w-xs break-words">
                  <TextLink href={`/embed-builder/saved/${item.id}`} className="font-semibold">
                    {item.headline}
                  </TextLink>
                </td>
                <td>
                  {t(`kinds.${item.view.kind}`, { name: item.officialName ?? "" })}
                  <span className="block font-mono text-xs break-all text-zinc-600 dark:text-zinc-400">{savedEmbedViewPath(item.view)}</span>
                </td>
                <td className="font-mono text-xs whitespace-nowrap">/embed/e/{item.id}</td>
                <td className="whitespace-nowrap">
                  {t("changedBy", { date: format.dateTime(item.updatedAt, { dateStyle: "medium", timeStyle: "short" }), name: item.updatedByName })}
                </td>
              </Row>
            ))}
          </Table>
          <HistoryPager page={list.page} pageCount={list.pageCount} href={(target) => `/embed-builder/saved?page=${target}`} namespace="savedEmbeds.pager" />
        </>
      )}
    </div>
  );
}
