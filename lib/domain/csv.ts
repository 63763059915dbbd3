/** One spreadsheet cell: text, a number, a yes/no, or nothing (an empty cell, never a zero). */
export type CsvCell = string | number | boolean | null;

/**
 * Characters that make a spreadsheet run a cell as a formula (OWASP "CSV injection"): `=`, `+`, `-`, `@`, and a
 * leading tab or carriage return, which some spreadsheets skip before looking for one. The full-width forms are
 * included because Apple Numbers folds them into the ASCII ones.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Text that a spreadsheet would run as a formula gets a leading single quote, so it shows as the text it is
 * ("=HYPERLINK(…)" in a note stays a note). Only text passes through here: numbers are written as numbers.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * A CSV file as spreadsheets open it: UTF-8 with a byte-order mark (or Excel reads Cyrillic as mojibake),
 * CRLF line ends, every text cell neutralised and quoted. Booleans are "true"/"false"; null is empty.
 *
 * Every text cell is quoted, not only those RFC 4180 requires: Excel set to Russian or Kazakh splits a CSV on
 * ";" (some on tab), not ",", and an unquoted "x;=1+1" would become two cells, the second a formula. Inside
 * quotes no separator splits a cell, so only the neutralised start of a text can start a cell. Numbers, yes/no
 * and empty cells hold no separator and stay unquoted, so spreadsheets still read numbers as numbers.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${csvLine(header)}${toCsvRows(rows)}`;
}

/**
 * Rows only, with no byte-order mark: what follows `toCsv(header, [])` when a CSV is written a batch at a time.
 * The same rules cell by cell, so the pieces joined equal `toCsv` of the whole.
 */
export function toCsvRows(rows: readonly (readonly CsvCell[])[]): string {
  let text = "";
  for (const row of rows) text += csvLine(row);
  return text;
}

/**
 * One row and its CRLF. Written by hand rather than with csv-stringify (which wrote the same bytes, as
 * csv.test.ts checks): the open-data CSV writes a million rows of 48 cells, and the library's general
 * options cost three quarters of the export's time (issue 17).
 */
export function csvLine(cells: readonly CsvCell[]): string {
  let line = "";
  for (let i = 0; i < cells.length; i++) {
    if (i) line += ",";
    const cell = cells[i];
    if (typeof cell === "string") {
      const text = neutraliseFormula(cell);
      line += `"${text.includes('"') ? text.replaceAll('"', '""') : text}"`;
    } else if (typeof cell === "number") line += String(cell);
    else if (typeof cell === "boolean") line += cell ? "true" : "false";
    // null (or a missing cell): empty, never 0.
  }
  return `${line}\r\n`;
}
