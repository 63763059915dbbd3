import type { Comparison } from "./comparison";
import type { CsvCell } from "./csv";
import { notAssessedParts } from "./openness";
import { observedAtForExport, toIsoPartialDate } from "./partial-date";

/**
 * The dashboard's current view as rows: one per account (or fruitless search) of each official, in the table's
 * order. Codes, not translations, in categorical columns, so a spreadsheet can filter them in any language;
 * "not found" is its own existence code with empty numbers, never a zero. The openness index is empty when withheld
 * (too few parts assessed); openness_not_assessed lists the parts' keys ("replies; liveStreams"). Dates are ISO 8601 at
 * their precision ("2021", "2023-08", "2023-08-17"), with the precision beside them (docs/open-data.md).
 */
export const COMPARISON_CSV_HEADER = [
  "as_of",
  "akimat",
  "akimat_slug",
  "official",
  "title",
  "portfolio",
  "openness",
  "openness_parts_assessed",
  "openness_not_assessed",
  "platform",
  "account",
  "url",
  "existence",
  "visibility",
  "attribution",
  "reach",
  "reach_measure",
  "reach_approximate",
  "last_post",
  "last_post_precision",
  "activity",
  "observed_at",
  "observed_at_precision",
  "stale",
] as const;

export function comparisonCsvRows(comparison: Comparison): CsvCell[][] {
  const asOf = comparison.asOf.toISOString();
  return comparison.akimats.flatMap((akimat) =>
    akimat.officials.flatMap((official) => {
      // The index is empty when withheld; beside it, how many of the six parts were assessed and which were not.
      const openness = official.openness;
      const opennessCells = [openness?.score ?? null, openness?.assessedParts ?? null, openness ? notAssessedParts(openness).join("; ") || null : null];
      const person = [asOf, akimat.name, akimat.slug, official.fullName, official.title, official.portfolio, ...opennessCells];
      const cells = comparison.platforms.flatMap((platform) => (official.cells[platform] ?? []).map((cell) => ({ platform, cell })));
      if (!cells.length) return [[...person, ...COMPARISON_CSV_HEADER.slice(person.length).map(() => null)]];
      return cells.map(({ platform, cell }) => [
        ...person,
        platform,
        cell.accountLabel ?? cell.handle,
        cell.url,
        cell.existence,
        cell.visibility,
        cell.attribution,
        cell.reach?.value ?? null,
        cell.reach?.measure ?? null,
        cell.reach ? cell.reach.approximate : null,
        cell.lastPostAt ? toIsoPartialDate({ date: cell.lastPostAt, precision: cell.lastPostAtPrecision }) : null,
        cell.lastPostAt ? cell.lastPostAtPrecision : null,
        cell.activity,
        observedAtForExport(cell.observedAt, cell.observedAtPrecision),
        cell.observedAtPrecision,
        cell.stale,
      ]);
    }),
  );
}
