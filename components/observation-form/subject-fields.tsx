"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { EnumSelect } from "@/components/ui/choice-fields";
import { controlProps, Field } from "@/components/ui/field";
import { DATE_PRECISIONS } from "@/lib/domain/partial-date";
import { Carried } from "./carried";
import { TriState, type ObservationPart } from "./tri-state";

/** The official, platform and account a form is about: chosen before it opens, shown in it, sent with it. */
export type ObservationSubjectSummary = {
  officialId: string;
  officialName: string;
  /** Their posts in force, in the interface's language. */
  posts: string;
  platform: string;
  account: { id: string; name: string } | null;
  /** Where to choose another subject (a new observation only). */
  changeHref?: string;
};

const EXISTENCE = ["FOUND", "NOT_FOUND", "DELETED", "SUSPENDED"] as const;
const VISIBILITY = ["PUBLIC", "CLOSED", "PARTIAL"] as const;
const ATTRIBUTION = ["CONFIRMED", "VERIFIED_BADGE", "SELF_DECLARED", "LIKELY", "UNCERTAIN"] as const;

/** Who and what was observed, when, and whether the account is there and theirs. */
export function SubjectFields({ part, subject }: { part: ObservationPart; subject: ObservationSubjectSummary }) {
  const t = useTranslations("observation");
  const tp = useTranslations("platforms");
  const te = useTranslations("existence");
  const tv = useTranslations("visibility");
  const ta = useTranslations("attribution");
  const { values, errorsOf } = part;
  return (
    <>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t("subject")}</legend>
        <div className="flex flex-col gap-1 sm:col-span-2">
          <input type="hidden" name="officialId" value={subject.officialId} />
          <input type="hidden" name="platform" value={subject.platform} />
          <input type="hidden" name="accountId" value={subject.account?.id ?? ""} />
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="font-semibold">{t("official")}</dt>
            <dd>
              {subject.officialName}
              {subject.posts && <span className="text-zinc-600 dark:text-zinc-400"> — {subject.posts}</span>}
            </dd>
            <dt className="font-semibold">{t("platform")}</dt>
            <dd>{tp(subject.platform)}</dd>
            <dt className="font-semibold">{t("account")}</dt>
            <dd>{subject.account?.name ?? t("noAccount")}</dd>
          </dl>
          {(errorsOf("officialId") ?? errorsOf("platform") ?? errorsOf("accountId")) && (
            <p className="text-sm font-medium text-red-700 dark:text-red-400">
              {[...(errorsOf("officialId") ?? []), ...(errorsOf("platform") ?? []), ...(errorsOf("accountId") ?? [])].join(" ")}
            </p>
          )}
          {subject.changeHref && (
            <Link href={subject.changeHref} className="self-start text-sm text-blue-800 underline dark:text-blue-300">
              {t("changeSubject")}
            </Link>
          )}
        </div>
        <Field id="observedAt" label={t("observedAt")} help={t("observedAtHelp")} errors={errorsOf("observedAt")}>
          {(d, i) => <input id="observedAt" name="observedAt" type="datetime-local" defaultValue={values.observedAt ?? ""} required {...controlProps(d, i)} />}
        </Field>
        <EnumSelect
          field="observedAtPrecision"
          label={t("observedAtPrecision")}
          help={t("observedAtPrecisionHelp")}
          part={part}
          options={DATE_PRECISIONS.map((v) => ({ value: v, label: t(`precisionOptions.${v}`) }))}
        />
        <EnumSelect field="existence" label={t("existence")} part={part} options={EXISTENCE.map((v) => ({ value: v, label: te(v) }))} />
        <Carried field="visibility" label={t("visibility")} part={part}>
          <EnumSelect
            field="visibility"
            label={t("visibility")}
            part={part}
            emptyLabel={t("visibilityUnknown")}
            options={VISIBILITY.map((v) => ({ value: v, label: tv(v) }))}
          />
        </Carried>
        <Carried field="hasAvatar" label={t("hasAvatar")} part={part}>
          <TriState field="hasAvatar" label={t("hasAvatar")} part={part} />
        </Carried>
        <Carried field="verifiedBadge" label={t("verifiedBadge")} part={part}>
          <TriState field="verifiedBadge" label={t("verifiedBadge")} part={part} />
        </Carried>
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t("attributionLegend")}</legend>
        <Carried field="attribution" label={t("attributionField")} part={part}>
          <EnumSelect
            field="attribution"
            label={t("attributionField")}
            part={part}
            emptyLabel={t("attributionUnknown")}
            options={ATTRIBUTION.map((v) => ({ value: v, label: ta(v) }))}
          />
        </Carried>
        <Field id="attributionNote" label={t("attributionNote")} help={t("attributionNoteHelp")} errors={errorsOf("attributionNote")}>
          {(d, i) => <textarea id="attributionNote" name="attributionNote" rows={2} defaultValue={values.attributionNote ?? ""} {...controlProps(d, i)} />}
        </Field>
      </fieldset>
    </>
  );
}
