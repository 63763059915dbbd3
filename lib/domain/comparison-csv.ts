import type { Comparison, ComparisonAkimat } from "./comparison";
import type { CsvCell } from "./csv";
import { notAssessedParts } from "./openness";
import { observedPartialDate, toIsoPartialDate } from "./partial-date";
import { toNewsroomDateTime } from "./time";

/**
 * The dashboard's current view as a spreadsheet a journalist reads as it is: one row per account (or fruitless
 * search) of each official, in the table's order, in the interface's language: headers and categories as the
 * dashboard words them (not the open data's codes), yes and no as words, times on Kazakhstan's clock. "Not
 * found" is its own existence with empty numbers, never a zero. The openness index is empty when withheld (too few
 * parts assessed), beside how many parts were and which were not. Dates are written at their precision ("2021",
 * "2023-08", "2023-08-17"), with the precision in words beside them. The public CSV keeps the codes
 * (docs/open-data.md); this one is for reading, not for joining.
 */
export const COMPARISON_CSV_COLUMNS = [
  "asOf",
  "akimat",
  "official",
  "title",
  "portfolio",
  "openness",
  "opennessPartsAssessed",
  "opennessNotAssessed",
  "platform",
  "account",
  "url",
  "existence",
  "visibility",
  "attribution",
  "reach",
  "reachMeasure",
  "reachApproximate",
  "lastPost",
  "lastPostPrecision",
  "activity",
  "observedAt",
  "observedAtPrecision",
  "stale",
] as const;

/** The words of the interface's language, from its messages (lib/i18n/messages), and the akimat's name in it. */
export type ComparisonCsvLanguage = {
  /** A message by its full key: "dashboard.csv.columns.official", "platforms.INSTAGRAM". */
  t: (key: string) => string;
  akimatName: (akimat: ComparisonAkimat) => string;
};

export function comparisonCsvHeader({ t }: ComparisonCsvLanguage): string[] {
  return COMPARISON_CSV_COLUMNS.map((column) => t(`dashboard.csv.columns.${column}`));
}

export function comparisonCsvRows(comparison: Comparison, language: ComparisonCsvLanguage): CsvCell[][] {
  const { t } = language;
  const yesNo = (value: boolean) => t(value ? "dashboard.csv.yes" : "dashboard.csv.no");
  // The as-of instant is the end of a newsroom day: its day on Kazakhstan's clock.
  const asOf = toNewsroomDateTime(comparison.asOf).slice(0, 10);
  return comparison.akimats.flatMap((akimat) =>
    akimat.officials.flatMap((official) => {
      // The index is empty when withheld; beside it, how many of the six parts were assessed and which were not.
      const openness = official.openness;
      const notAssessed = openness ? notAssessedParts(openness).map((part) => t(`openness.parts.${part}`)) : [];
      const opennessCells = [openness?.score ?? null, openness?.assessedParts ?? null, notAssessed.join("; ") || null];
      const person = [asOf, language.akimatName(akimat), official.fullName, t(`titles.${official.title}`), official.portfolio, ...opennessCells];
      const cells = comparison.platforms.flatMap((platform) => (official.cells[platform] ?? []).map((cell) => ({ platform, cell })));
      if (!cells.length) return [[...person, ...COMPARISON_CSV_COLUMNS.slice(person.length).map(() => null)]];
      return cells.map(({ platform, cell }) => [
        ...person,
        t(`platforms.${platform}`),
        cell.accountLabel ?? cell.handle,
        cell.url,
        t(`existence.${cell.existence}`),
        cell.visibility ? t(`visibility.${cell.visibility}`) : null,
        cell.attribution ? t(`attribution.${cell.attribution}`) : null,
        cell.reach?.value ?? null,
        cell.reach ? t(`dashboard.csv.measure.${cell.reach.measure}`) : null,
        cell.reach ? yesNo(cell.reach.approximate) : null,
        cell.lastPostAt ? toIsoPartialDate({ date: cell.lastPostAt, precision: cell.lastPostAtPrecision }) : null,
        cell.lastPostAt ? t(`common.datePrecision.${cell.lastPostAtPrecision}`) : null,
        t(`activity.${cell.activity}`),
        cell.observedAtPrecision === "DAY"
          ? toNewsroomDateTime(cell.observedAt)
          : toIsoPartialDate(observedPartialDate(cell.observedAt, cell.observedAtPrecision)),
        t(`common.datePrecision.${cell.observedAtPrecision}`),
        yesNo(cell.stale),
      ]);
    }),
  );
}
