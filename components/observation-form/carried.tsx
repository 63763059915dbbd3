"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useMemo, type ReactNode } from "react";
import type { CarriedField } from "@/lib/domain/carried-fields";
import { readCarriedForm } from "@/lib/validation/carried-input";
import type { ObservationPart } from "./tri-state";

function useCarried(part: ObservationPart) {
  return useMemo(() => readCarriedForm(part.values.carried), [part.values.carried]);
}

/**
 * A field a repeat carried over from what is published: when it was last seen, and a box to say it was seen
 * again now. Left as it is and unticked, it is not re-checked and keeps its published date (decision 0014).
 */
export function Carried({ field, label, part, children }: { field: CarriedField; label: string; part: ObservationPart; children: ReactNode }) {
  const t = useTranslations("observation");
  const format = useFormatter();
  const carried = useCarried(part)[field];
  if (!carried) return <>{children}</>;
  const seen = new Set((part.values.seen ?? "").split(","));
  return (
    <div className="flex flex-col gap-1 border-l-4 border-sky-600 pl-2 dark:border-sky-500">
      {children}
      <p className="text-xs text-zinc-700 dark:text-zinc-300">{t("lastSeen", { date: format.dateTime(new Date(carried.seenAt), { dateStyle: "medium" }) })}</p>
      <label className="flex items-center gap-2 text-sm">
        {/* Its name says which field: there is one such box per carried field. */}
        <input type="checkbox" name="seen" value={field} defaultChecked={seen.has(field)} aria-label={`${t("seenAgain")}: ${label}`} className="h-4 w-4" />
        {t("seenAgain")}
      </label>
    </div>
  );
}

/** What a repeat says at the top of its form, the carried values it was filled with, and "all seen again". */
export function CarriedIntro({ part }: { part: ObservationPart }) {
  const t = useTranslations("observation");
  const carried = useCarried(part);
  if (Object.keys(carried).length === 0) return null;
  return (
    <div className="flex flex-col gap-2 rounded-md border border-sky-300 bg-sky-50 p-3 text-sm dark:border-sky-800 dark:bg-sky-950">
      <input type="hidden" name="carried" value={part.values.carried ?? ""} />
      <p>{t("carriedIntro")}</p>
      <label className="flex items-center gap-2 font-semibold">
        <input type="checkbox" name="seenAll" value="yes" defaultChecked={part.values.seenAll === "yes"} className="h-4 w-4" />
        {t("seenAll")}
      </label>
    </div>
  );
}
