import { getTranslations } from "next-intl/server";
import type { Openness } from "@/lib/domain/openness";

/** The index with its parts beside it, always: a bare number would hide what it is made of. */
export async function OpennessView({ openness, locale }: { openness: Openness | null; locale: string }) {
  const t = await getTranslations({ locale, namespace: "openness" });
  if (!openness) return <span className="text-zinc-600 dark:text-zinc-400">{t("notSurveyed")}</span>;
  return (
    <div className="flex flex-col gap-1">
      <span className="font-semibold tabular-nums">{t("score", { score: openness.score })}</span>
      <ul className="flex flex-col text-xs">
        {openness.parts.map((part) => (
          <li key={part.key} className={part.points > 0 ? "" : "text-zinc-600 dark:text-zinc-400"}>
            <span aria-hidden="true">{part.points > 0 ? "✓ " : "· "}</span>
            {t(`parts.${part.key}`)} <span className="tabular-nums">{part.points}/{part.max}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
