/**
 * The ids of the rows the generator makes. The app takes a record id only as letters and digits (Prisma's cuid) or
 * a UUID, and answers "not found" to anything else before it reaches the database (lib/validation/record-id.ts). So
 * a generated id is letters and digits too: "bench0official00123". The generator used to write
 * "bench-official-00123", which every page refused: the render benchmark's busy profile measured an empty page.
 *
 * "bench0" begins no id the app makes (a cuid begins with "c", a UUID is hexadecimal), so it still tells generated
 * rows from the story's and from anything made through the app, and `--replace` removes rows by it. The survey waves
 * are "benchwave1" and "benchwave2" (scale/waves-sql.ts), removed through their own ids.
 */
export const GENERATED_PREFIX = "bench0";

/** What the generator wrote before its ids were record ids. `--replace` removes those rows too. */
export const FORMER_PREFIX = "bench-";

const KIND = /^[a-z]+$/;

/** The prefix of one kind of generated row: "bench0official". */
export function idPrefix(kind: string): string {
  if (!KIND.test(kind)) throw new Error(`A generated id's kind is lower-case letters, not "${kind}"`);
  return GENERATED_PREFIX + kind;
}

/** The id of the generated row number `n` of a kind, zero-padded to `width` digits: "bench0official00123". */
export const generatedId = (kind: string, n: number, width: number) => idPrefix(kind) + String(n).padStart(width, "0");

/** The same in SQL, for the SQL expression `n` (a row number). */
export const generatedIdSql = (kind: string, n: string, width: number) => `'${idPrefix(kind)}' || lpad((${n})::text, ${width}, '0')`;

/** A generated akimat's id: its slug without the dashes, "east-kazakhstan" → "bench0akimateastkazakhstan". */
export const generatedAkimatId = (slug: string) => idPrefix("akimat") + slug.replace(/[^a-z0-9]/gi, "");

/** SQL: the column holds a generated id, of either form (for removing generated rows). */
export const isGeneratedSql = (column: string) => `(${column} LIKE '${GENERATED_PREFIX}%' OR ${column} LIKE '${FORMER_PREFIX}%')`;
