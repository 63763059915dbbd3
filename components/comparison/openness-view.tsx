import { getTranslations } from "next-intl/server";
import { OPENNESS_PARTS, type Openness, type OpennessPartShown } from "@/lib/domain/openness";

/** ✓ earned points, · assessed and earned none, ? not assessed (neither 0 nor full). */
const partMark = (part: OpennessPartShown) => (part.points === null ? "? " : part.points > 0 ? "✓ " : "· ");

/**
 * The index with its parts beside it, always: a bare number would hide what it is made of. It says how many parts
 * were assessed (or that too few were, instead of a number), and each part that earned points names the
 * platforms that earned them, so a "public" earned on Facebook is not read beside a closed Instagram as its own.
 */
export async function OpennessView({ openness, locale }: { openness: Openness | null; locale: string }) {
  const [t, tp] = await Promise.all([getTranslations({ locale, namespace: "openness" }), getTranslations({ locale, namespace: "platforms" })]);
  if (!openness) return <span className="text-zinc-600 dark:text-zinc-400">{t("notSurveyed")}</span>;
  return (
    <div className="flex flex-col gap-1">
      <span className={openness.score === null ? "italic text-zinc-600 dark:text-zinc-400" : "font-semibold tabular-nums"}>
        {openness.score === null ? t("withheld") : t("score", { score: openness.score })}
      </span>
      <span className="text-xs">{t("assessed", { count: openness.assessedParts, total: OPENNESS_PARTS.length })}</span>
      <ul className="flex flex-col text-xs">
        {openness.parts.map((part) => (
          <li key={part.key} className={part.points ? "" : "text-zinc-600 dark:text-zinc-400"}>
            <span aria-hidden="true">{partMark(part)}</span>
            {t(`parts.${part.key}`)}
            {part.platforms.length > 0 && ` (${t("on", { platforms: part.platforms.map((platform) => tp(platform)).join(", ") })})`}{" "}
            {part.points === null ? (
              <span className="italic">{t("notAssessed")}</span>
            ) : (
              <span className="tabular-nums">
                {part.points}/{part.max}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
