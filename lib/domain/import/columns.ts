import { columnNames, importFields, REQUIRED_FIELDS, type ImportField, type ImportKind } from "./fields";

/**
 * Which field each column of an uploaded spreadsheet fills, guessed from the column's name so that the editor
 * only corrects what the guess got wrong. Names compare after folding case, ё into е, and dropping spaces and
 * punctuation: «Ф.И.О.», «ФИО» and «фио » are one name, and so are «Full name», «full_name» and «fullName».
 */
export function normaliseColumnName(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replaceAll("ё", "е")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** One entry per column: the field it fills, or null for a column left out. */
export type ColumnMapping = (ImportField | null)[];

/**
 * The best guess for every column. A field goes to one column only: where two columns could fill it, the one
 * whose name ranks higher among the field's names wins (so an export's "followers_raw", the text as shown,
 * beats its "followers", the parsed number), then the leftmost.
 */
export function matchColumns(headers: readonly string[], kind: ImportKind): ColumnMapping {
  const rankOf = new Map<string, { field: ImportField; rank: number }[]>();
  for (const field of importFields(kind)) {
    columnNames(kind, field).forEach((name, rank) => {
      const key = normaliseColumnName(name);
      const list = rankOf.get(key) ?? [];
      if (!list.some((entry) => entry.field === field)) list.push({ field, rank });
      rankOf.set(key, list);
    });
  }
  const candidates = headers.flatMap((header, column) => (rankOf.get(normaliseColumnName(header)) ?? []).map((entry) => ({ ...entry, column })));
  candidates.sort((a, b) => a.rank - b.rank || a.column - b.column);
  const mapping: ColumnMapping = headers.map(() => null);
  const taken = new Set<ImportField>();
  for (const { field, column } of candidates) {
    if (taken.has(field) || mapping[column] !== null) continue;
    mapping[column] = field;
    taken.add(field);
  }
  return mapping;
}

export type MappingProblem =
  { problem: "missing"; fields: ImportField[] } | { problem: "twice"; field: ImportField; columns: number[] } | { problem: "unknown"; column: number };

/** What keeps a mapping from being used: a needed field with no column, a field given two columns, a field of another kind. */
export function checkMapping(mapping: readonly (string | null)[], kind: ImportKind): MappingProblem[] {
  const known = new Set<string>(importFields(kind));
  const problems: MappingProblem[] = [];
  const columnsOf = new Map<string, number[]>();
  mapping.forEach((field, column) => {
    if (field === null) return;
    if (!known.has(field)) problems.push({ problem: "unknown", column });
    else columnsOf.set(field, [...(columnsOf.get(field) ?? []), column]);
  });
  for (const [field, columns] of columnsOf) if (columns.length > 1) problems.push({ problem: "twice", field: field as ImportField, columns });
  for (const anyOf of REQUIRED_FIELDS[kind]) if (!anyOf.some((field) => columnsOf.has(field))) problems.push({ problem: "missing", fields: anyOf });
  return problems;
}
