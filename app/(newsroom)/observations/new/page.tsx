import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { akimatName } from "@/components/comparison/akimat-name";
import { AkimatChooser } from "@/components/observation-form/akimat-chooser";
import { ObservationForm } from "@/components/observation-form/observation-form";
import { subjectChoices } from "@/components/observation-form/subject-choices";
import { Notice } from "@/components/ui/notice";
import { requirePermission } from "@/lib/auth/viewer";
import { findObservationToRepeat } from "@/lib/data/observations/find-observation-to-repeat";
import { chooseSubjectScope } from "@/lib/data/registry/choose-subject-scope";
import { listSubjectsOf } from "@/lib/data/registry/list-observation-subjects";
import { toLocalDateTimeInput } from "@/lib/domain/time";
import { repeatObservationValues } from "@/lib/validation/observation-form-values";
import { saveObservationAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("observation"))("newTitle") };
}

type Search = { officialId?: string; platform?: string; accountId?: string; from?: string; akimat?: string; existence?: string };

/**
 * A new observation. `?from=<id>` starts from that observation, `?accountId=…&from=last` from the account's
 * latest one the viewer may see: a repeat survey then only changes what changed. With more officials than a page
 * should carry, the reporter first chooses the akimat (`?akimat=<id>`; see choose-subject-scope.ts).
 */
export default async function NewObservationPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requirePermission("observation.create");
  const preset = await searchParams;
  const [t, tt, format, locale, repeated] = await Promise.all([
    getTranslations("observation"),
    getTranslations("titles"),
    getFormatter(),
    getLocale(),
    preset.from
      ? findObservationToRepeat({
          viewer,
          fromId: preset.from === "last" ? undefined : preset.from,
          accountId: preset.from === "last" ? preset.accountId : undefined,
        })
      : null,
  ]);
  const scope = await chooseSubjectScope({ officialId: repeated?.officialId ?? text(preset.officialId), akimatId: text(preset.akimat) });
  if (scope.kind === "choose") {
    // Whatever else the address asked for (a platform, a repeat of an observation) survives the choice.
    const keep = Object.fromEntries(
      (["platform", "officialId", "accountId", "from", "existence"] as const).flatMap((name) => (text(preset[name]) ? [[name, text(preset[name])!]] : [])),
    );
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
        <AkimatChooser
          akimats={scope.akimats.map((akimat) => ({ id: akimat.id, name: akimatName(akimat, locale), officials: akimat.officials }))}
          keep={keep}
        />
      </div>
    );
  }
  const subjects = await listSubjectsOf(scope);
  const choices = subjectChoices(subjects, { locale, title: (title) => tt(title) });
  // One key per opened form: a double click or a retry saves one observation.
  const idempotencyKey = crypto.randomUUID();
  const now = new Date();
  const values = repeated
    ? repeatObservationValues(repeated, now, idempotencyKey)
    : {
        idempotencyKey,
        observedAt: toLocalDateTimeInput(now),
        // "Searched, not found" from an official's page: no account to name.
        ...(text(preset.existence) === "NOT_FOUND" ? { existence: "NOT_FOUND" } : { existence: "FOUND", accountId: preset.accountId }),
        officialId: preset.officialId,
        platform: preset.platform,
      };
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <p className="text-zinc-700 dark:text-zinc-300">{t("newIntro")}</p>
      {repeated && <Notice>{t("prefilledFrom", { date: format.dateTime(repeated.observedAt, { dateStyle: "long" }) })}</Notice>}
      {scope.kind === "akimats" && (
        <p className="text-sm">
          {t("scopedTo", { akimats: choices.map((akimat) => akimat.name).join(", ") })}{" "}
          <Link href="/observations/new" className="text-blue-800 underline dark:text-blue-300">
            {t("chooseAnotherAkimat")}
          </Link>
        </p>
      )}
      <ObservationForm action={saveObservationAction} subjects={choices} initialState={{ outcome: "idle", values }} />
    </div>
  );
}

/** A query parameter given twice arrives as a list: only a single value counts. */
function text(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}
