import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { akimatName } from "@/components/comparison/akimat-name";
import { Button } from "@/components/ui/button";
import { FilterSelect } from "@/components/ui/filter-select";
import { Row, Table } from "@/components/ui/table";
import { TextLink } from "@/components/ui/text-link";
import { ChecklistCellLink } from "@/components/waves/checklist-cell-link";
import { requirePermission } from "@/lib/auth/viewer";
import { getWave } from "@/lib/data/waves/get-wave";
import { getWaveChecklist, type ChecklistFilter } from "@/lib/data/waves/wave-checklist";
import { CHECKLIST_STATES, type ChecklistState } from "@/lib/domain/wave-checklist";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("waves.checklist"))("title") };
}

type Search = { akimat?: string; reporter?: string; state?: string; page?: string };

/**
 * A wave's checklist (issue 16, part 2): progress per akimat and per reporter, then one page of officials with a
 * cell per platform and account, each opening the form for it in this wave. Filters are a GET form: no
 * JavaScript needed, and a filtered view is a link.
 */
export default async function WaveChecklistPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const viewer = await requirePermission("wave.view");
  const id = (await params).id;
  const search = await searchParams;
  const filter: ChecklistFilter = {
    akimatId: search.akimat || undefined,
    reporterId: search.reporter || undefined,
    state: CHECKLIST_STATES.includes(search.state as ChecklistState) ? (search.state as ChecklistState) : undefined,
  };
  const [wave, checklist] = await Promise.all([getWave({ viewer, id }), getWaveChecklist({ viewer, waveId: id, filter, page: Number(search.page) || 1 })]);
  if (!wave || !checklist) notFound();
  const [t, tw, tp, format, locale] = await Promise.all([
    getTranslations("waves.checklist"),
    getTranslations("waves"),
    getTranslations("platforms"),
    getFormatter(),
    getLocale(),
  ]);
  const done = (counts: { SUBMITTED: number; APPROVED: number }) => counts.SUBMITTED + counts.APPROVED;
  const pageHref = (page: number) =>
    `/waves/${wave.id}/checklist?${new URLSearchParams({ ...(search.akimat ? { akimat: search.akimat } : {}), ...(search.reporter ? { reporter: search.reporter } : {}), ...(filter.state ? { state: filter.state } : {}), page: String(page) })}`;

  return (
    <div className="flex flex-col gap-5">
      <TextLink href={`/waves/${wave.id}`} className="text-sm">
        ← {wave.name}
      </TextLink>
      <h1 className="text-2xl font-bold">
        {t("title")}: {wave.name}
      </h1>
      <p>{t("progress", { done: format.number(done(checklist.total)), total: format.number(checklist.total.total) })}</p>
      {checklist.overdue > 0 && (
        <p className="font-medium text-red-700 dark:text-red-400">
          {t("overdue", { count: checklist.overdue, date: format.dateTime(checklist.dueOn, { dateStyle: "long", timeZone: "UTC" }) })}
        </p>
      )}
      <div className="grid gap-5 lg:grid-cols-2">
        <Table density="compact" caption={t("byAkimat")} head={<ProgressHead first={tw("columns.scope")} t={t} />}>
          {checklist.akimats.map((akimat) => (
            <ProgressRow key={akimat.id} name={akimatName(akimat, locale)} counts={akimat.counts} />
          ))}
        </Table>
        <Table density="compact" caption={t("byReporter")} head={<ProgressHead first={t("reporter")} t={t} />}>
          {checklist.reporters.map((row) => (
            <ProgressRow key={row.reporter?.id ?? "open"} name={row.reporter?.name ?? t("openToAnyone")} counts={row.counts} />
          ))}
        </Table>
      </div>
      <form method="get" action={`/waves/${wave.id}/checklist`} aria-label={t("filters")} className="flex flex-wrap items-end gap-3">
        <FilterSelect
          name="akimat"
          label={t("akimat")}
          any={t("any")}
          value={search.akimat}
          options={checklist.akimats.map((akimat) => ({ value: akimat.id, label: akimatName(akimat, locale) }))}
        />
        <FilterSelect
          name="reporter"
          label={t("reporter")}
          any={t("any")}
          value={search.reporter}
          options={checklist.reporters.map((row) => ({ value: row.reporter?.id ?? "open", label: row.reporter?.name ?? t("openToAnyone") }))}
        />
        <FilterSelect
          name="state"
          label={t("state")}
          any={t("any")}
          value={filter.state}
          options={CHECKLIST_STATES.map((state) => ({ value: state, label: t(`states.${state}`) }))}
        />
        <Button type="submit" variant="secondary">
          {t("apply")}
        </Button>
      </form>
      {checklist.rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <Table
          caption={t("title")}
          head={
            <>
              <th scope="col">{t("official")}</th>
              {checklist.platforms.map((platform) => (
                <th key={platform} scope="col">
                  {tp(platform)}
                </th>
              ))}
            </>
          }
        >
          {checklist.rows.map((row) => (
            <Row key={row.id}>
              <th scope="row" className="font-normal">
                {row.fullName}
                <span className="block text-xs text-zinc-600 dark:text-zinc-400">{row.reporter?.name ?? t("openToAnyone")}</span>
              </th>
              {checklist.platforms.map((platform) => (
                <td key={platform}>
                  <ul className="flex flex-col gap-1">
                    {row.cells
                      .filter((cell) => cell.platform === platform)
                      .map((cell) => (
                        <li key={cell.accountId ?? "none"}>
                          <ChecklistCellLink waveId={wave.id} officialId={row.id} cell={cell} />
                        </li>
                      ))}
                  </ul>
                </td>
              ))}
            </Row>
          ))}
        </Table>
      )}
      {checklist.pages > 1 && (
        <nav aria-label={t("page", { page: checklist.page, pages: checklist.pages })} className="flex items-center gap-4 text-sm">
          {checklist.page > 1 && <TextLink href={pageHref(checklist.page - 1)}>{t("previous")}</TextLink>}
          <span>{t("page", { page: checklist.page, pages: checklist.pages })}</span>
          {checklist.page < checklist.pages && <TextLink href={pageHref(checklist.page + 1)}>{t("next")}</TextLink>}
        </nav>
      )}
    </div>
  );
}

type T = Awaited<ReturnType<typeof getTranslations<"waves.checklist">>>;

function ProgressHead({ first, t }: { first: string; t: T }) {
  return (
    <>
      <th scope="col">{first}</th>
      {CHECKLIST_STATES.map((state) => (
        <th key={state} scope="col" className="text-right">
          {t(`states.${state}`)}
        </th>
      ))}
    </>
  );
}

function ProgressRow({ name, counts }: { name: string; counts: Record<ChecklistState, number> }) {
  return (
    <Row>
      <th scope="row" className="font-normal">
        {name}
      </th>
      {CHECKLIST_STATES.map((state) => (
        <td key={state} className="text-right tabular-nums">
          {counts[state]}
        </td>
      ))}
    </Row>
  );
}
