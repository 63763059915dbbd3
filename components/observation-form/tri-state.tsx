"use client";

import { useTranslations } from "next-intl";
import { EnumSelect, type FormPart } from "@/components/ui/choice-fields";
import type { ObservationField } from "@/lib/validation/observation-input";

/** What each part of the observation form needs: the values to show and the errors of a field. */
export type ObservationPart = FormPart<ObservationField | "screenshots" | "intent">;

/** Yes / no / not noted: "not noted" is different from "no". */
export function TriState({ field, label, part }: { field: ObservationField; label: string; part: ObservationPart }) {
  const t = useTranslations("observation");
  return (
    <EnumSelect
      field={field}
      label={label}
      part={part}
      emptyLabel={t("notNoted")}
      options={[
        { value: "yes", label: t("yes") },
        { value: "no", label: t("no") },
      ]}
    />
  );
}
