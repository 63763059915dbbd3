"use client";

import { useTranslations } from "next-intl";
import { controlProps, Field } from "@/components/ui/field";
import type { ObservationPart } from "./tri-state";

/** An open survey wave the observation may belong to (docs/decisions/0017-survey-waves.md). */
export type WaveChoice = { id: string; name: string };

/**
 * Which wave the observation is recorded in: one of the open waves covering the official on the platform, or
 * none. With no wave to choose, it says so and sends none.
 */
export function WaveField({ part, waves }: { part: ObservationPart; waves: WaveChoice[] }) {
  const t = useTranslations("waves.observation");
  const tw = useTranslations("waves");
  const errors = part.errorsOf("waveId");
  if (waves.length === 0 && !errors) return <p className="text-sm text-zinc-700 dark:text-zinc-300">{t("noneOpen")}</p>;
  return (
    <Field id="waveId" label={t("wave")} help={t("waveHelp")} errors={errors}>
      {(d, i) => (
        <select id="waveId" name="waveId" defaultValue={part.values.waveId ?? ""} {...controlProps(d, i)}>
          <option value="">{tw("none")}</option>
          {waves.map((wave) => (
            <option key={wave.id} value={wave.id}>
              {wave.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
