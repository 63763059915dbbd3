import { parse } from "csv-parse/sync";
import { readSheet } from "read-excel-file/node";
import { MAX_CELL_LENGTH, MAX_IMPORT_BYTES, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS, MAX_READ_LINES } from "./limits";
import { scanXlsx } from "./scan-xlsx";
import { unpackXlsx } from "./unpack-xlsx";
import { writeZip } from "./write-zip";

/**
 * An uploaded spreadsheet as text cells: the first non-empty row is the header, the rest are data rows, each
 * with its line number in the file (so that the report can say "row 14" and the editor finds row 14). What
 * the file is, is decided by its content, never by its name: a ZIP container is read as XLSX, anything else
 * must be text (UTF-8 with or without a byte-order mark, or Windows-1251 as older Excel saves it).
 *
 * This is the reading itself, all of it bounded by limits.ts; the app runs it in a worker thread
 * (lib/data/import/read-spreadsheet.ts), so that even a file at the limits does not hold up the server's other
 * requests.
 */

export type SpreadsheetRow = { n: number; cells: string[] };
export type Spreadsheet = { format: "csv" | "xlsx"; headers: string[]; rows: SpreadsheetRow[] };
/** Every reason a file is refused: each has a message in `import.problems`. */
export const SPREADSHEET_PROBLEMS = [
  "empty",
  "tooLarge",
  "unpackedTooLarge",
  "tooManyRows",
  "tooManyColumns",
  "cellTooLong",
  "oldExcel",
  "notSpreadsheet",
  "unreadable",
  "tooSlowToRead",
  "tooBigToRead",
  "busy",
] as const;
export type SpreadsheetProblem = (typeof SPREADSHEET_PROBLEMS)[number];
export type ReadResult = { ok: true; sheet: Spreadsheet } | { ok: false; problem: SpreadsheetProblem };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // the .xls of Excel 97–2003
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, i) => bytes[i] === byte);

/** What can be told from the bytes at once, before any reading: null when the file must be read to know more. */
export function refuseAtOnce(bytes: Uint8Array): SpreadsheetProblem | null {
  if (bytes.length === 0) return "empty";
  if (bytes.length > MAX_IMPORT_BYTES) return "tooLarge";
  if (startsWith(bytes, OLE)) return "oldExcel";
  return null;
}

export const isZip = (bytes: Uint8Array) => startsWith(bytes, ZIP);

class TooManyRows extends Error {}

export async function parseSpreadsheet(bytes: Uint8Array): Promise<ReadResult> {
  const refused = refuseAtOnce(bytes);
  if (refused) return { ok: false, problem: refused };
  if (isZip(bytes)) return parseXlsx(bytes);
  const text = decodeText(bytes);
  if (text === null) return { ok: false, problem: "notSpreadsheet" };
  let table: string[][];
  try {
    table = parseCsv(text);
  } catch (error) {
    return { ok: false, problem: error instanceof TooManyRows ? "tooManyRows" : "notSpreadsheet" };
  }
  return toSheet("csv", table);
}

async function parseXlsx(bytes: Uint8Array): Promise<ReadResult> {
  const unpacked = unpackXlsx(bytes);
  if (!unpacked.ok) return unpacked;
  const problem = scanXlsx(unpacked.files);
  if (problem) return { ok: false, problem };
  let table: string[][];
  try {
    const data = await readSheet(writeZip(unpacked.files), { parseNumber: (text: string) => text, trim: true });
    table = data.map((row) => row.map(cellText));
  } catch {
    return { ok: false, problem: "unreadable" };
  }
  return toSheet("xlsx", table);
}

/** UTF-8 when the bytes are UTF-8, else Windows-1251; null for what is not text at all (an image, a PDF). */
export function decodeText(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1251").decode(bytes);
  }
  // Control characters other than tab and line ends do not occur in a spreadsheet's text.
  return /[\u0000-\u0008\u000e-\u001f]/.test(text) ? null : text;
}

/** The delimiter that gives the first lines one consistent number of columns, the most columns winning. */
export function detectDelimiter(text: string): string {
  // split's limit stops it after 50 lines, instead of cutting a file of a million lines into a million strings.
  const sample = text.split(/\r\n|\n|\r/, 50).join("\n");
  let best = { delimiter: ",", score: -1 };
  for (const delimiter of [";", ",", "\t"]) {
    let records: string[][];
    try {
      records = parse(sample, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true });
    } catch {
      continue;
    }
    const width = records[0]?.length ?? 0;
    const consistent = records.filter((record) => record.length === width).length;
    const score = width > 1 ? consistent * 1000 + width : 0;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

/**
 * Blank lines are kept until the end, so that a row's number is the one a spreadsheet program shows for it.
 * Reading stops, and the file is refused, at the first record past MAX_READ_LINES: never a file cut short
 * and imported as if it ended there.
 */
function parseCsv(text: string): string[][] {
  return parse(text, {
    bom: true,
    delimiter: detectDelimiter(text.replace(/^\uFEFF/, "")),
    relax_column_count: true,
    on_record: (record: string[], context: { records: number }) => {
      if (context.records > MAX_READ_LINES) throw new TooManyRows();
      return record;
    },
  });
}

const two = (n: number) => String(n).padStart(2, "0");

/** Spreadsheets keep dates as wall-clock values (read as UTC here): a day, or a day and a time. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    // A spreadsheet's time is a fraction of a day: 14:30 comes back a few microseconds early.
    const at = new Date(Math.round(value.getTime() / 60_000) * 60_000);
    const day = `${at.getUTCFullYear()}-${two(at.getUTCMonth() + 1)}-${two(at.getUTCDate())}`;
    return at.getUTCHours() || at.getUTCMinutes() ? `${day} ${two(at.getUTCHours())}:${two(at.getUTCMinutes())}` : day;
  }
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value);
}

/** Our own CSV exports put a quote before text a spreadsheet would run as a formula; it is not part of the text. */
const unneutralise = (cell: string) => (/^'[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell) ? cell.slice(1) : cell);

/** Rows are numbered as the file numbers them: the table's first line is row 1. */
function toSheet(format: Spreadsheet["format"], table: string[][]): ReadResult {
  const clean = table.map((row) => row.map((cell) => unneutralise(cell.trim())));
  const first = clean.findIndex((row) => row.some(Boolean));
  if (first === -1) return { ok: false, problem: "empty" };
  const headers = clean[first]!;
  while (headers.length && !headers[headers.length - 1]) headers.pop();
  if (headers.length > MAX_IMPORT_COLUMNS) return { ok: false, problem: "tooManyColumns" };
  const rows: SpreadsheetRow[] = [];
  for (let i = first + 1; i < clean.length; i++) {
    const cells = headers.map((_, column) => clean[i]![column] ?? "");
    if (!cells.some(Boolean)) continue;
    if (cells.some((cell) => cell.length > MAX_CELL_LENGTH)) return { ok: false, problem: "cellTooLong" };
    rows.push({ n: i + 1, cells });
  }
  if (rows.length === 0) return { ok: false, problem: "empty" };
  if (rows.length > MAX_IMPORT_ROWS) return { ok: false, problem: "tooManyRows" };
  return { ok: true, sheet: { format, headers, rows } };
}
