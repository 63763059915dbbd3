import { OPENNESS_PARTS, type OpennessPart, type OpennessScore } from "./openness";

/**
 * An akimat's openness as the dashboard's chart draws it (lib/data/dashboard/get-akimat-summaries.ts computes the
 * same in the database): the mean of the shown indices, and each part's mean share of them (100 × the part's points
 * ÷ that official's assessed maximum, 0 when not assessed), over the officials whose index is shown. A withheld
 * index (too few parts assessed) and an official not surveyed are in no mean. Null when no index is shown.
 *
 * The embed's chart (issue 17, part 5) takes it from the comparison it has already read, so that the chart and the
 * table below it come from one read and cannot disagree.
 */
export function opennessOfAkimat(
  officials: readonly { openness: OpennessScore | null }[],
): { shown: number; mean: number; shares: Record<OpennessPart, number> } | null {
  const shown = officials.flatMap(({ openness }) => (openness && openness.score !== null && openness.assessedMax > 0 ? [openness] : []));
  if (shown.length === 0) return null;
  const mean = shown.reduce((sum, openness) => sum + openness.score!, 0) / shown.length;
  const shares = Object.fromEntries(
    OPENNESS_PARTS.map(({ key }) => [
      key,
      shown.reduce((sum, openness) => sum + (100 * (openness.parts.find((part) => part.key === key)?.points ?? 0)) / openness.assessedMax, 0) / shown.length,
    ]),
  ) as Record<OpennessPart, number>;
  return { shown: shown.length, mean, shares };
}
