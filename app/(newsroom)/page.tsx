import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { akimatName } from "@/components/comparison/akimat-name";
import { Row, Table } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import { ChecklistCellLink } from "@/components/waves/checklist-cell-link";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/viewer";
import { getMyChecklist } from "@/lib/data/waves/get-my-checklist";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("home"))("title") };
}

/**
 * Home. A reporter's is their open checklist (issue 16, part 2): the cells the open waves give them, what is still
 * to do first, each opening its form in its wave; with no part of their own, the work nobody is given. Those who
 * plan the waves and review what comes in keep the dashboard (docs/decisions/0017-survey-waves.md).
 */
export default async function Home({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const viewer = await requirePermission("wave.view");
  if (can(viewer, "wave.manage")) redirect("/dashboard");
  const list = await getMyChecklist({ viewer, page: Number((await searchParams).page) || 1 });
  const [t, tc, tp, tt, format, locale] = await Promise.all([
    getTranslations("home"),
    getTranslations("waves.checklist"),
    getTranslations("platforms"),
    getTranslations("titles"),
    getFormatter(),
    getLocale(),
  ]);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "long", timeZone: "UTC" });
  const whose = list.kind === "mine" ? viewer.id : "open";
  const manyWaves = list.waves.length > 1;

  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {list.kind === "noOpenWave" ? (
        <>
          <p>{t("noOpenWave")}</p>
          <p>
            {t.rich("elsewhere", {
              dashboard: (chunks) => <TextLink href="/dashboard">{chunks}</TextLink>,
              observations: (chunks) => <TextLink href="/observations">{chunks}</TextLink>,
            })}
          </p>
        </>
      ) : (
        <>
          <p className="max-w-3xl">{list.kind === "mine" ? t("intro") : t("openIntro")}</p>
          <section aria-labelledby="open-waves" className="flex flex-col gap-2">
            <h2 id="open-waves" className="text-lg font-semibold">
              {t("wavesHeading")}
            </h2>
            <ul className="flex flex-col gap-2 text-sm">
              {list.waves.map((wave) => (
                <li key={wave.id}>
                  <TextLink href={`/waves/${wave.id}/checklist?${new URLSearchParams({ reporter: whose })}`} className="font-medium">
                    {wave.name}
                  </TextLink>
                  {" · "}
                  {t("due", { date: day(wave.dueOn) })}
                  {" · "}
                  {tc("progress", { done: format.number(wave.counts.SUBMITTED + wave.counts.APPROVED), total: format.number(wave.counts.total) })}
                  {wave.overdue > 0 && (
                    <span className="block font-medium text-red-700 dark:text-red-400">{tc("overdue", { count: wave.overdue, date: day(wave.dueOn) })}</span>
                  )}
                </li>
              ))}
            </ul>
          </section>
          {list.cells.length === 0 ? (
            <p>{t("emptyMine")}</p>
          ) : (
            <Table
              density="compact"
              caption={t("title")}
              head={
                <>
                  <th scope="col">{t("columns.official")}</th>
                  <th scope="col">{t("columns.platform")}</th>
                  <th scope="col">{t("columns.state")}</th>
                  {manyWaves && <th scope="col">{t("columns.wave")}</th>}
                </>
              }
            >
              {list.cells.map(({ wave, official, cell }) => (
                <Row key={`${wave.id}|${official.id}|${cell.platform}|${cell.accountId ?? ""}`}>
                  <th scope="row" className="font-normal">
                    {official.fullName}
                    <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                      {tt(official.title)}, {akimatName(official.akimat, locale)}
                    </span>
                  </th>
                  <td>{tp(cell.platform)}</td>
                  <td>
                    <ChecklistCellLink waveId={wave.id} officialId={official.id} cell={cell} />
                  </td>
                  {manyWaves && <td>{wave.name}</td>}
                </Row>
              ))}
            </Table>
          )}
          {list.pages > 1 && (
            <nav aria-label={tc("page", { page: list.page, pages: list.pages })} className="flex items-center gap-4 text-sm">
              {list.page > 1 && <TextLink href={`/?page=${list.page - 1}`}>{tc("previous")}</TextLink>}
              <span>{tc("page", { page: list.page, pages: list.pages })}</span>
              {list.page < list.pages && <TextLink href={`/?page=${list.page + 1}`}>{tc("next")}</TextLink>}
            </nav>
          )}
        </>
      )}
    </div>
  );
}
