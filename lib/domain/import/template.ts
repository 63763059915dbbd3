import { stringify } from "csv-stringify/sync";
import { columnName, importFields, type ColumnLanguage, type ImportKind } from "./fields";

/**
 * A template to fill in: the header row of a kind of import in one language. Excel set to Russian or Kazakh
 * separates columns with semicolons, set to English with commas; the byte-order mark makes it read UTF-8.
 */
export function importTemplateCsv(kind: ImportKind, language: ColumnLanguage): string {
  const header = importFields(kind).map((field) => columnName(kind, field, language));
  // Quoted like every CSV Ashyq writes (lib/domain/csv.ts), though column names hold no separator today.
  return stringify([header], { bom: true, delimiter: language === "en" ? "," : ";", record_delimiter: "\r\n", quoted: true });
}

export function importTemplateFileName(kind: ImportKind, language: ColumnLanguage): string {
  return `ashyq-${kind.toLowerCase()}-template-${language}.csv`;
}
