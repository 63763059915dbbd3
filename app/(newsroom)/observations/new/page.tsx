import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { akimatName } from "@/components/comparison/akimat-name";
import { AkimatChooser } from "@/components/observation-form/akimat-chooser";
import { ObservationForm } from "@/components/observation-form/observation-form";
import { subjectChoices } from "@/components/observation-form/subject-choices";
import { AccountStep, SubjectStep } from "@/components/observation-form/subject-step";
import { Notice } from "@/components/ui/notice";
import { requirePermission } from "@/lib/auth/viewer";
import { fieldsSeenAt, findObservationToRepeat } from "@/lib/data/observations/find-observation-to-repeat";
import { chooseSubjectScope } from "@/lib/data/registry/choose-subject-scope";
import { findAccountOwner, findObservationSubject } from "@/lib/data/registry/find-observation-subject";
import { listSubjectsOf } from "@/lib/data/registry/list-observation-subjects";
import { listOpenWavesFor } from "@/lib/data/waves/list-open-waves-for";
import { observedPartialDate, showPartialDate } from "@/lib/domain/partial-date";
import { PLATFORM_ORDER } from "@/lib/domain/platforms";
import { PUBLISHED_STATUS } from "@/lib/domain/review-workflow";
import { toLocalDateTimeInput } from "@/lib/domain/time";
import type { Platform } from "@/lib/generated/prisma/enums";
import { carriedForm } from "@/lib/validation/carried-input";
import { repeatObservationValues } from "@/lib/validation/observation-form-values";
import { saveObservationAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("observation"))("newTitle") };
}

type Search = { officialId?: string; platform?: string; accountId?: string; from?: string; akimat?: string; existence?: string; wave?: string };

/**
 * A new observation, in up to three steps that work without JavaScript: the official and the platform (with
 * more officials than a page should carry, the akimat first; see choose-subject-scope.ts), the account when
 * they have several there, then the form. A form for a known account starts from its latest approved observation,
 * every carried field marked with when it was last seen (decision 0014); `?from=<id>` starts from that observation.
 * `?wave=<id>` (from a wave's page or checklist) is kept through the steps and chosen in the form when it is open
 * and covers the official there; otherwise the only open wave covering them is (decision 0017).
 */
export default async function NewObservationPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requirePermission("observation.create");
  const preset = await searchParams;
  const [t, tt, tp, format, locale] = await Promise.all([
    getTranslations("observation"),
    getTranslations("titles"),
    getTranslations("platforms"),
    getFormatter(),
    getLocale(),
  ]);
  const fromId = text(preset.from) === "last" ? undefined : text(preset.from);
  const from = fromId ? await findObservationToRepeat({ viewer, fromId }) : null;
  const owner = !from && text(preset.accountId) ? await findAccountOwner(text(preset.accountId)!) : null;
  const officialId = from?.officialId ?? owner?.officialId ?? text(preset.officialId);
  const platform = from?.platform ?? owner?.platform ?? platformOf(text(preset.platform));
  const notFound = !from && !owner && text(preset.existence) === "NOT_FOUND";
  const waveKeep: Record<string, string> = text(preset.wave) ? { wave: text(preset.wave)! } : {};
  const subject = officialId && platform ? await findObservationSubject({ viewer, officialId, platform }) : null;

  if (!subject || !platform) {
    const scope = await chooseSubjectScope({ officialId, akimatId: text(preset.akimat) });
    // "Searched, not found" asked for in advance survives the steps; the official and platform are the step's own.
    const keep: Record<string, string> = { ...(notFound ? { existence: "NOT_FOUND" } : {}), ...waveKeep };
    if (scope.kind === "choose") {
      return (
        <div className="flex flex-col gap-4">
          <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
          <AkimatChooser
            akimats={scope.akimats.map((akimat) => ({ id: akimat.id, name: akimatName(akimat, locale), officials: akimat.officials }))}
            keep={{ ...keep, ...(platform ? { platform } : {}) }}
          />
        </div>
      );
    }
    const choices = subjectChoices(await listSubjectsOf(scope), { locale, title: (title) => tt(title) });
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
        <p className="text-zinc-700 dark:text-zinc-300">{t("newIntro")}</p>
        {scope.kind === "akimats" && (
          <p className="text-sm">
            {t("scopedTo", { akimats: choices.map((akimat) => akimat.name).join(", ") })}{" "}
            <Link href="/observations/new" className="text-blue-800 underline dark:text-blue-300">
              {t("chooseAnotherAkimat")}
            </Link>
          </p>
        )}
        <SubjectStep
          subjects={choices}
          officialId={officialId}
          platform={platform}
          keep={{ ...keep, ...(text(preset.akimat) ? { akimat: text(preset.akimat)! } : {}) }}
        />
      </div>
    );
  }

  const accountName = (account: { handle: string | null; label: string | null }) =>
    [account.label, account.handle].filter(Boolean).join(" · ") || t("accountName", { platform: tp(platform) });
  const onlyAccount = subject.accounts.length === 1 ? subject.accounts[0]!.id : undefined;
  const chosenId = from ? from.accountId : notFound ? null : ((owner ? text(preset.accountId) : undefined) ?? onlyAccount);
  if (chosenId === undefined && subject.accounts.length > 1) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-bold">
          {t("newTitle")}: {subject.fullName}, {tp(platform)}
        </h1>
        <AccountStep
          officialId={subject.id}
          platform={platform}
          keep={waveKeep}
          accounts={subject.accounts.map((account) => ({ id: account.id, name: accountName(account) }))}
        />
      </div>
    );
  }
  const account = subject.accounts.find((candidate) => candidate.id === chosenId) ?? null;
  // A published observation of an account is superseded by any later one: the form starts from the latest, never
  // from an older state. A draft, or a search that found nothing, is started from as it is (nothing is carried).
  const startFrom = from && !(from.status === PUBLISHED_STATUS && from.accountId) ? from : null;
  const source = startFrom ?? (account ? await findObservationToRepeat({ viewer, accountId: account.id }) : null);
  // One key per opened form: a double click or a retry saves one observation.
  const idempotencyKey = crypto.randomUUID();
  const now = new Date();
  const filled = source ? repeatObservationValues(source, now, idempotencyKey) : null;
  const waves = await listOpenWavesFor({ viewer, officialId: subject.id, platform });
  const asked = waves.find((wave) => wave.id === text(preset.wave));
  const waveId = asked?.id ?? (waves.length === 1 ? waves[0]!.id : "");
  const values = filled
    ? { ...filled, waveId, carried: JSON.stringify(carriedForm(filled, fieldsSeenAt(source!))) }
    : {
        idempotencyKey,
        observedAt: toLocalDateTimeInput(now),
        // No account there: the form records "searched, not found".
        existence: account ? "FOUND" : "NOT_FOUND",
        officialId: subject.id,
        platform,
        accountId: account?.id ?? "",
        waveId,
      };
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <p className="text-zinc-700 dark:text-zinc-300">{t("newIntro")}</p>
      {source && (
        <Notice>
          {t("prefilledFrom", { date: showPartialDate(observedPartialDate(source.observedAt, source.observedAtPrecision), format.dateTime, "long") })}
        </Notice>
      )}
      <ObservationForm
        action={saveObservationAction}
        subject={{
          officialId: subject.id,
          officialName: subject.fullName,
          posts: subject.positions.map((position) => `${tt(position.title)}, ${akimatName(position.akimat, locale)}`).join("; "),
          platform,
          account: account ? { id: account.id, name: accountName(account) } : null,
          changeHref: `/observations/new?${new URLSearchParams({ officialId: subject.id, ...waveKeep })}`,
        }}
        waves={waves.map((wave) => ({ id: wave.id, name: wave.name }))}
        initialState={{ outcome: "idle", values }}
      />
    </div>
  );
}

function platformOf(value: string | undefined): Platform | undefined {
  return value && (PLATFORM_ORDER as readonly string[]).includes(value) ? (value as Platform) : undefined;
}

/** A query parameter given twice arrives as a list: only a single value counts. */
function text(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}
