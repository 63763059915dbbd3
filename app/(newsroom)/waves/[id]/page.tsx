import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { akimatName } from "@/components/comparison/akimat-name";
import { buttonClasses } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextLink } from "@/components/ui/text-link";
import { AssignForm, UnassignForm } from "@/components/waves/assignment-forms";
import { WaveStateForm } from "@/components/waves/wave-state-form";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/viewer";
import { getWave, listWaveAssignmentOptions } from "@/lib/data/waves/get-wave";
import { assignWaveAction, changeWaveStateAction, unassignWaveAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("waves"))("title") };
}

type Search = { saved?: string; closed?: string; reopened?: string; assigned?: string; unassigned?: string };

/** A wave: its window, scope and note, who is on it, and (for editors) closing, reopening and assigning. */
export default async function WavePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const viewer = await requirePermission("wave.view");
  const wave = await getWave({ viewer, id: (await params).id });
  if (!wave) notFound();
  const [flags, t, tp, format, locale] = await Promise.all([searchParams, getTranslations("waves"), getTranslations("platforms"), getFormatter(), getLocale()]);
  const mayManage = can(viewer, "wave.manage");
  const options = mayManage ? await listWaveAssignmentOptions({ viewer, wave }) : null;
  const day = (date: Date) => format.dateTime(date, { dateStyle: "long", timeZone: "UTC" });
  const record = { id: wave.id, version: wave.version };
  const done = (["saved", "closed", "reopened", "assigned", "unassigned"] as const).find((flag) => flags[flag]);
  const targetName = (assignment: (typeof wave.assignments)[number]) =>
    assignment.akimat ? akimatName(assignment.akimat, locale) : (assignment.official?.fullName ?? "");

  return (
    <div className="flex flex-col gap-5">
      <TextLink href="/waves" className="text-sm">
        ← {t("back")}
      </TextLink>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{wave.name}</h1>
        <div className="flex flex-wrap gap-2">
          {!wave.closedAt && (
            <Link href={`/observations/new?wave=${encodeURIComponent(wave.id)}`} className={buttonClasses()}>
              {t("record")}
            </Link>
          )}
          <Link href={`/waves/${wave.id}/checklist`} className={buttonClasses("secondary")}>
            {t("checklist.link")}
          </Link>
          {mayManage && (
            <Link href={`/waves/${wave.id}/edit`} className={buttonClasses("secondary")}>
              {t("edit")}
            </Link>
          )}
        </div>
      </div>
      {done && <Notice tone="success">{t(`done.${done}`)}</Notice>}
      <dl className="grid max-w-3xl gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("columns.status")}</dt>
        <dd>{wave.closedAt ? t("closedOn", { date: day(wave.closedAt) }) : t("open")}</dd>
        <dt className="font-semibold">{t("columns.window")}</dt>
        <dd>{t("window", { opens: day(wave.opensOn), due: day(wave.dueOn) })}</dd>
        <dt className="font-semibold">{t("columns.scope")}</dt>
        <dd>
          {wave.akimats.map((akimat) => akimatName(akimat, locale)).join(", ")}
          {wave.includeDistricts && ` (${t("withDistricts")})`}
          <span className="block text-zinc-600 dark:text-zinc-400">{t("scopeCount", { akimats: wave.scope.length, officials: wave.officialsInScope })}</span>
        </dd>
        <dt className="font-semibold">{t("columns.platforms")}</dt>
        <dd>{wave.platforms.map((platform) => tp(platform)).join(", ")}</dd>
        <dt className="font-semibold">{t("columns.observations")}</dt>
        <dd>{format.number(wave.observations)}</dd>
      </dl>
      {wave.methodology && (
        <section aria-labelledby="wave-methodology" className="flex max-w-3xl flex-col gap-1">
          <h2 id="wave-methodology" className="text-lg font-semibold">
            {t("form.methodology")}
          </h2>
          <p className="whitespace-pre-line">{wave.methodology}</p>
        </section>
      )}
      <section aria-labelledby="wave-people" className="flex max-w-3xl flex-col gap-2">
        <h2 id="wave-people" className="text-lg font-semibold">
          {t("assign.heading")}
        </h2>
        {wave.assignments.length === 0 ? (
          <p className="text-sm">{t("assign.none")}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {wave.assignments.map((assignment) => (
              <li key={assignment.id} className="flex flex-wrap items-center gap-3 text-sm">
                <span>{t("assign.item", { reporter: assignment.reporter.name, target: targetName(assignment) })}</span>
                {mayManage && (
                  <UnassignForm
                    action={unassignWaveAction}
                    record={record}
                    assignmentId={assignment.id}
                    label={t("assign.remove", { reporter: assignment.reporter.name, target: targetName(assignment) })}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
        <p className="text-sm text-zinc-700 dark:text-zinc-300">{t("assign.openToAnyone")}</p>
        {options && (
          <>
            <AssignForm
              action={assignWaveAction}
              record={record}
              reporters={options.reporters.map((reporter) => ({ value: reporter.id, label: reporter.name }))}
              akimats={wave.scope.map((akimat) => ({ value: `akimat:${akimat.id}`, label: akimatName(akimat, locale) }))}
              officials={options.officials.map((official) => ({ value: `official:${official.id}`, label: official.fullName }))}
            />
            {!options.officialsListed && <p className="text-xs text-zinc-600 dark:text-zinc-400">{t("assign.tooManyOfficials")}</p>}
          </>
        )}
      </section>
      {mayManage && (
        <section aria-labelledby="wave-state" className="flex max-w-3xl flex-col gap-2">
          <h2 id="wave-state" className="text-lg font-semibold">
            {wave.closedAt ? t("state.reopenHeading") : t("state.closeHeading")}
          </h2>
          <WaveStateForm action={changeWaveStateAction} record={record} closed={wave.closedAt !== null} />
        </section>
      )}
    </div>
  );
}
