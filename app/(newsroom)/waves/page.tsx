import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { akimatName } from "@/components/comparison/akimat-name";
import { buttonClasses } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Row, Table } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/viewer";
import { listWaves } from "@/lib/data/waves/list-waves";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("waves"))("title") };
}

/** The survey waves, open ones first: what each covers, its window, and how much it holds. */
export default async function WavesPage() {
  const viewer = await requirePermission("wave.view");
  const [waves, t, tc, tp, format, locale] = await Promise.all([
    listWaves({ viewer }),
    getTranslations("waves"),
    getTranslations("waveChanges"),
    getTranslations("platforms"),
    getFormatter(),
    getLocale(),
  ]);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {can(viewer, "wave.manage") && (
          <Link href="/waves/new" className={buttonClasses()}>
            {t("add")}
          </Link>
        )}
      </div>
      <p className="max-w-3xl text-zinc-700 dark:text-zinc-300">{t("intro")}</p>
      <TextLink href="/waves/changes">{tc("link")}</TextLink>
      {waves.length === 0 ? (
        <Notice>{t("empty")}</Notice>
      ) : (
        <Table
          caption={t("title")}
          head={
            <>
              <th scope="col">{t("columns.name")}</th>
              <th scope="col">{t("columns.status")}</th>
              <th scope="col">{t("columns.window")}</th>
              <th scope="col">{t("columns.scope")}</th>
              <th scope="col">{t("columns.platforms")}</th>
              <th scope="col" className="text-right">
                {t("columns.observations")}
              </th>
            </>
          }
        >
          {waves.map((wave) => (
            <Row key={wave.id}>
              <td>
                <TextLink href={`/waves/${wave.id}`}>{wave.name}</TextLink>
              </td>
              <td>{wave.closedAt ? t("closed") : t("open")}</td>
              <td>{t("window", { opens: day(wave.opensOn), due: day(wave.dueOn) })}</td>
              <td>
                {wave.akimats.map((akimat) => akimatName(akimat, locale)).join(", ")}
                {wave.includeDistricts && <span className="block text-xs text-zinc-600 dark:text-zinc-400">{t("withDistricts")}</span>}
              </td>
              <td>{wave.platforms.map((platform) => tp(platform)).join(", ")}</td>
              <td className="text-right tabular-nums">{format.number(wave.observations)}</td>
            </Row>
          ))}
        </Table>
      )}
    </div>
  );
}
