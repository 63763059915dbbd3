"use client";

import { useTranslations } from "next-intl";
import { EnumSelect } from "@/components/ui/choice-fields";
import { controlProps, Field } from "@/components/ui/field";
import { PLATFORM_ORDER } from "@/lib/domain/platforms";
import { TriState, type ObservationPart } from "./tri-state";

export type SubjectChoice = {
  id: string;
  name: string;
  officials: { id: string; fullName: string; title: string; accounts: { id: string; platform: string; handle: string | null; label: string | null }[] }[];
};

const EXISTENCE = ["FOUND", "NOT_FOUND", "DELETED", "SUSPENDED"] as const;
const VISIBILITY = ["PUBLIC", "CLOSED", "PARTIAL"] as const;
const ATTRIBUTION = ["CONFIRMED", "VERIFIED_BADGE", "SELF_DECLARED", "LIKELY", "UNCERTAIN"] as const;

/** Who and what was observed, when, and whether the account is there and theirs. */
export function SubjectFields({ part, subjects }: { part: ObservationPart; subjects: SubjectChoice[] }) {
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
        <Field id="officialId" label={t("official")} errors={errorsOf("officialId")}>
          {(d, i) => (
            <select id="officialId" name="officialId" defaultValue={values.officialId ?? ""} required {...controlProps(d, i)}>
              <option value="">{t("chooseOfficial")}</option>
              {subjects.map((akimat) => (
                <optgroup key={akimat.id} label={akimat.name}>
                  {akimat.officials.map((official) => (
                    <option key={official.id} value={official.id}>
                      {official.fullName} — {official.title}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
        <EnumSelect
          field="platform"
          label={t("platform")}
          part={part}
          emptyLabel={t("choosePlatform")}
          options={PLATFORM_ORDER.map((p) => ({ value: p, label: tp(p) }))}
        />
        <Field id="accountId" label={t("account")} help={t("accountHelp")} errors={errorsOf("accountId")}>
          {(d, i) => (
            <select id="accountId" name="accountId" defaultValue={values.accountId ?? ""} {...controlProps(d, i)}>
              <option value="">{t("noAccount")}</option>
              {subjects.flatMap((akimat) =>
                akimat.officials
                  .filter((official) => official.accounts.length > 0)
                  .map((official) => (
                    <optgroup key={official.id} label={official.fullName}>
                      {official.accounts.map((account) => (
                        <option key={account.id} value={account.id}>
                          {[official.fullName, tp(account.platform), account.label, account.handle].filter(Boolean).join(" · ")}
                        </option>
                      ))}
                    </optgroup>
                  )),
              )}
            </select>
          )}
        </Field>
        <Field id="observedAt" label={t("observedAt")} help={t("observedAtHelp")} errors={errorsOf("observedAt")}>
          {(d, i) => <input id="observedAt" name="observedAt" type="datetime-local" defaultValue={values.observedAt ?? ""} required {...controlProps(d, i)} />}
        </Field>
        <EnumSelect field="existence" label={t("existence")} part={part} options={EXISTENCE.map((v) => ({ value: v, label: te(v) }))} />
        <EnumSelect
          field="visibility"
          label={t("visibility")}
          part={part}
          emptyLabel={t("visibilityUnknown")}
          options={VISIBILITY.map((v) => ({ value: v, label: tv(v) }))}
        />
        <TriState field="hasAvatar" label={t("hasAvatar")} part={part} />
        <TriState field="verifiedBadge" label={t("verifiedBadge")} part={part} />
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t("attributionLegend")}</legend>
        <EnumSelect
          field="attribution"
          label={t("attributionField")}
          part={part}
          emptyLabel={t("attributionUnknown")}
          options={ATTRIBUTION.map((v) => ({ value: v, label: ta(v) }))}
        />
        <Field id="attributionNote" label={t("attributionNote")} help={t("attributionNoteHelp")} errors={errorsOf("attributionNote")}>
          {(d, i) => <textarea id="attributionNote" name="attributionNote" rows={2} defaultValue={values.attributionNote ?? ""} {...controlProps(d, i)} />}
        </Field>
      </fieldset>
    </>
  );
}
