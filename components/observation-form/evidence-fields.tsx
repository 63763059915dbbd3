"use client";

import { useTranslations } from "next-intl";
import { controlProps, Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { ObservationPart } from "./tri-state";

export type AttachedScreenshot = { id: string; caption: string | null; thumbnailUrl: string };

/** Screenshots (checked and stripped on the server) and source or archive links. */
export function EvidenceFields({ part, attached, filesDropped }: { part: ObservationPart; attached: AttachedScreenshot[]; filesDropped: boolean }) {
  const t = useTranslations("observation");
  const { values, errorsOf } = part;
  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="mb-1 text-lg font-semibold">{t("evidenceLegend")}</legend>
      {filesDropped && <Notice tone="warning">{t("screenshotsLost")}</Notice>}
      {attached.length > 0 && (
        <div>
          <p className="text-sm font-semibold">{t("attachedScreenshots")}</p>
          <ul className="mt-2 flex flex-wrap gap-3">
            {attached.map((shot) => (
              <li key={shot.id} className="flex w-40 flex-col gap-1 text-xs">
                {/* eslint-disable-next-line @next/next/no-img-element -- newsroom-only file, served with its own headers */}
                <img src={shot.thumbnailUrl} alt={shot.caption ?? ""} className="h-28 w-40 rounded border border-zinc-300 object-cover" />
                <label className="flex items-center gap-1">
                  <input type="checkbox" name="removeEvidence" value={shot.id} />
                  {t("removeScreenshot", { name: shot.caption ?? "" })}
                </label>
              </li>
            ))}
          </ul>
        </div>
      )}
      <Field id="screenshots" label={t("screenshots")} help={t("screenshotsHelp")} errors={errorsOf("screenshots")}>
        {(d, i) => <input id="screenshots" name="screenshots" type="file" multiple accept="image/png,image/jpeg,image/webp" {...controlProps(d, i)} />}
      </Field>
      <Field id="evidenceLinks" label={t("evidenceLinks")} help={t("evidenceLinksHelp")} errors={errorsOf("evidenceLinks")}>
        {(d, i) => <textarea id="evidenceLinks" name="evidenceLinks" rows={3} defaultValue={values.evidenceLinks ?? ""} {...controlProps(d, i)} />}
      </Field>
    </fieldset>
  );
}
