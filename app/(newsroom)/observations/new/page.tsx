import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ObservationForm } from "@/components/observation-form/observation-form";
import { requirePermission } from "@/lib/auth/viewer";
import { listObservationSubjects } from "@/lib/data/registry/list-observation-subjects";
import { toLocalDateTimeInput } from "@/lib/domain/time";
import { saveObservationAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("observation"))("newTitle") };
}

export default async function NewObservationPage({ searchParams }: { searchParams: Promise<{ officialId?: string; platform?: string; accountId?: string }> }) {
  await requirePermission("observation.create");
  const [t, tt, subjects, preset] = await Promise.all([getTranslations("observation"), getTranslations("titles"), listObservationSubjects(), searchParams]);
  const choices = subjects.map((akimat) => ({ ...akimat, officials: akimat.officials.map((o) => ({ ...o, title: tt(o.title) })) }));
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <p className="text-zinc-700 dark:text-zinc-300">{t("newIntro")}</p>
      <ObservationForm
        action={saveObservationAction}
        subjects={choices}
        initialState={{
          outcome: "idle",
          values: {
            // One key per opened form: a double click or a retry saves one observation.
            idempotencyKey: crypto.randomUUID(),
            observedAt: toLocalDateTimeInput(new Date()),
            existence: "FOUND",
            officialId: preset.officialId,
            platform: preset.platform,
            accountId: preset.accountId,
          },
        }}
      />
    </div>
  );
}
