"use client";

import { useTranslations } from "next-intl";
import { CheckboxGroup, EnumSelect } from "@/components/ui/choice-fields";
import { controlProps, Field } from "@/components/ui/field";
import { Carried } from "./carried";
import { PartialDateInput } from "./partial-date-input";
import { TriState, type ObservationPart } from "./tri-state";

const COUNTS = ["followers", "following", "friends", "posts"] as const;
const CONTENT = ["OFFICIAL_WORK", "PERSONAL_LIFE", "FAMILY", "REPOSTS", "SPORT", "OTHER"] as const;
const LANGUAGES = ["KAZAKH", "RUSSIAN", "OTHER"] as const;
const REPLIES = ["NEVER", "SOMETIMES", "REGULARLY"] as const;
const LIKES = ["FEW", "MODERATE", "MANY"] as const;

/** The numbers as shown, the last post, what the account shows and how the official engages. */
export function ActivityFields({ part }: { part: ObservationPart }) {
  const t = useTranslations("observation");
  const tk = useTranslations("contentKinds");
  const tl = useTranslations("languages");
  const tr = useTranslations("replies");
  const tlk = useTranslations("likes");
  const { values, errorsOf } = part;
  return (
    <>
      <fieldset className="grid gap-4 sm:grid-cols-4" aria-describedby="counts-help">
        <legend className="mb-1 text-lg font-semibold">{t("counts")}</legend>
        <p id="counts-help" className="text-sm text-zinc-700 sm:col-span-4 dark:text-zinc-300">
          {t("countsHelp")}
        </p>
        {COUNTS.map((field) => (
          <Carried key={field} field={field} label={t(field)} part={part}>
            <Field id={field} label={t(field)} errors={errorsOf(field)}>
              {(d, i) => <input id={field} name={field} type="text" autoComplete="off" defaultValue={values[field] ?? ""} {...controlProps(d, i)} />}
            </Field>
          </Carried>
        ))}
        <div className="sm:col-span-4">
          <Carried field="lastPostAt" label={t("lastPostAt")} part={part}>
            <div className="grid gap-4 sm:grid-cols-2">
              <Field id="lastPostAt" label={t("lastPostAt")} help={t("partialDateHelp")} errors={errorsOf("lastPostAt")}>
                {(d, i) => <PartialDateInput field="lastPostAt" value={values.lastPostAt} describedBy={d} invalid={i} />}
              </Field>
              <Field id="lastPostUrl" label={t("lastPostUrl")} errors={errorsOf("lastPostUrl")}>
                {(d, i) => (
                  <input id="lastPostUrl" name="lastPostUrl" type="url" inputMode="url" defaultValue={values.lastPostUrl ?? ""} {...controlProps(d, i)} />
                )}
              </Field>
            </div>
          </Carried>
        </div>
      </fieldset>

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-1 text-lg font-semibold">{t("contentLegend")}</legend>
        <Carried field="contentKinds" label={t("contentKinds")} part={part}>
          <CheckboxGroup field="contentKinds" legend={t("contentKinds")} part={part} options={CONTENT.map((v) => ({ value: v, label: tk(v) }))} />
        </Carried>
        <Carried field="languages" label={t("languages")} part={part}>
          <CheckboxGroup field="languages" legend={t("languages")} part={part} options={LANGUAGES.map((v) => ({ value: v, label: tl(v) }))} />
        </Carried>
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-1 text-lg font-semibold">{t("engagementLegend")}</legend>
        <Carried field="commentsOpen" label={t("commentsOpen")} part={part}>
          <TriState field="commentsOpen" label={t("commentsOpen")} part={part} />
        </Carried>
        <Carried field="replies" label={t("replies")} part={part}>
          <EnumSelect field="replies" label={t("replies")} part={part} emptyLabel={t("notNoted")} options={REPLIES.map((v) => ({ value: v, label: tr(v) }))} />
        </Carried>
        <Carried field="likesLevel" label={t("likesLevel")} part={part}>
          <EnumSelect
            field="likesLevel"
            label={t("likesLevel")}
            part={part}
            emptyLabel={t("notNoted")}
            options={LIKES.map((v) => ({ value: v, label: tlk(v) }))}
          />
        </Carried>
        <Carried field="personalStories" label={t("personalStories")} part={part}>
          <TriState field="personalStories" label={t("personalStories")} part={part} />
        </Carried>
        <Carried field="liveStreams" label={t("liveStreams")} part={part}>
          <TriState field="liveStreams" label={t("liveStreams")} part={part} />
        </Carried>
        <Carried field="lastLiveAt" label={t("lastLiveAt")} part={part}>
          <Field id="lastLiveAt" label={t("lastLiveAt")} help={t("partialDateHelp")} errors={errorsOf("lastLiveAt")}>
            {(d, i) => <PartialDateInput field="lastLiveAt" value={values.lastLiveAt} describedBy={d} invalid={i} />}
          </Field>
        </Carried>
      </fieldset>
    </>
  );
}
