import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ObservationForm } from "@/components/observation-form/observation-form";
import { Notice } from "@/components/ui/notice";
import { requirePermission } from "@/lib/auth/viewer";
import { findObservationToRepeat } from "@/lib/data/observations/find-observation-to-repeat";
import { listObservationSubjects } from "@/lib/data/registry/list-observation-subjects";
import { toLocalDateTimeInput } from "@/lib/domain/time";
import { repeatObservationValues } from "@/lib/validation/observation-form-values";
import { saveObservationAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("observation"))("newTitle") };
}

type Search = { officialId?: string; platform?: string; accountId?: string; from?: string };

/**
 * A new observation. `?from=<id>` starts from that observation, `?accountId=…&from=last` from the account's
 * latest one the viewer may see: a repeat survey then only changes what changed.
 */
export default async function NewObservationPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requirePermission("observation.create");
  const preset = await searchParams;
  const [t, tt, format, subjects, repeated] = await Promise.all([
    getTranslations("observation"),
    getTranslations("titles"),
    getFormatter(),
    listObservationSubjects(),
    preset.from
      ? findObservationToRepeat({ viewer, fromId: preset.from === "last" ? undefined : preset.from, accountId: preset.from === "last" ? preset.accountId : undefined })
      : null,
  ]);
  const choices = subjects.map((akimat) => ({ ...akimat, officials: akimat.officials.map((o) => ({ ...o, title: tt(o.title) })) }));
  // One key per opened form: a double click or a retry saves one observation.
  const idempotencyKey = crypto.randomUUID();
  const now = new Date();
  const values = repeated
    ? repeatObservationValues(repeated, now, idempotencyKey)
    : { idempotencyKey, observedAt: toLocalDateTimeInput(now), existence: "FOUND", officialId: preset.officialId, platform: preset.platform, accountId: preset.accountId };
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <p className="text-zinc-700 dark:text-zinc-300">{t("newIntro")}</p>
      {repeated && <Notice>{t("prefilledFrom", { date: format.dateTime(repeated.observedAt, { dateStyle: "long" }) })}</Notice>}
      <ObservationForm action={saveObservationAction} subjects={choices} initialState={{ outcome: "idle", values }} />
    </div>
  );
}
