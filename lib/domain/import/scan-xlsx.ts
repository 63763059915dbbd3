/**
 * One pass over an XLSX's unpacked XML, before read-excel-file parses it, for what would make reading slow or
 * huge however small the file: a run of text longer than any cell may hold (its parser took a minute over one
 * 16 MB cell, and ran out of stack on a 300 MB one), a filled row beyond the limit (it keeps every row up to
 * the last), a row numbered past Excel's last (it builds every empty row before it), or a filled cell past the
 * last column (it pads every row to it). Reading stops at the first.
 */
import { MAX_CELL_LENGTH, MAX_IMPORT_COLUMNS, MAX_READ_LINES } from "./limits";

export type ScanProblem = "cellTooLong" | "tooManyRows" | "tooManyColumns" | "unreadable";

/** Excel's last row. */
const EXCEL_ROWS = 1_048_576;
/** Bytes between two tags that a cell within the limit may need: ten per character covers UTF-8 and XML's escapes. */
const MAX_TEXT_BYTES = MAX_CELL_LENGTH * 10 + 1024;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const COLON = 0x3a;
const isSpace = (byte: number | undefined) => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;

export function scanXlsx(files: Record<string, Buffer>): ScanProblem | null {
  for (const xml of Object.values(files)) if (longestText(xml) > MAX_TEXT_BYTES) return "cellTooLong";
  for (const path of worksheetPaths(files)) {
    const problem = scanSheet(files[path]!);
    if (problem) return problem;
  }
  return null;
}

/** The longest run of bytes between one "<" and the next: text, or a tag's attributes. */
function longestText(xml: Buffer): number {
  let longest = 0;
  let previous = 0;
  for (let at = xml.indexOf(LT); at !== -1; at = xml.indexOf(LT, at + 1)) {
    longest = Math.max(longest, at - previous);
    previous = at;
  }
  return Math.max(longest, xml.length - previous);
}

/**
 * Every worksheet, not only the first that the import reads: the ones the workbook's relationships name (as
 * read-excel-file finds them) and whatever lies in xl/worksheets/. A second sheet over the limits refuses the
 * file too, which its whole size (counted by the unpacked limit) would mostly do anyway.
 */
function worksheetPaths(files: Record<string, Buffer>): string[] {
  const paths = new Set(Object.keys(files).filter((name) => name.startsWith("xl/worksheets/") && name.endsWith(".xml")));
  const relationships = files["xl/_rels/workbook.xml.rels"]?.toString("utf8") ?? "";
  for (const [tag] of relationships.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
    const type = /\bType\s*=\s*"([^"]*)"/.exec(tag)?.[1] ?? "";
    const target = /\bTarget\s*=\s*"([^"]*)"/.exec(tag)?.[1];
    if (!type.endsWith("/worksheet") || !target) continue;
    paths.add(target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  return [...paths].filter((path) => files[path]);
}

function scanSheet(xml: Buffer): ScanProblem | null {
  let row = 0;
  for (let at = xml.indexOf(LT); at !== -1; at = xml.indexOf(LT, at + 1)) {
    // The element's local name: <row …>, <c …>, or with a namespace prefix (<x:row …>).
    let nameStart = at + 1;
    let nameEnd = nameStart;
    while (nameEnd < xml.length && !isSpace(xml[nameEnd]) && xml[nameEnd] !== GT && xml[nameEnd] !== SLASH) {
      if (xml[nameEnd] === COLON) nameStart = nameEnd + 1;
      nameEnd++;
    }
    const name = nameEnd - nameStart;
    const isRow = name === 3 && xml.toString("latin1", nameStart, nameEnd) === "row";
    const isCell = name === 1 && xml[nameStart] === 0x63;
    if (!isRow && !isCell) continue;
    const tagEnd = xml.indexOf(GT, nameEnd);
    if (tagEnd === -1) return "unreadable";
    const reference = attributeR(xml, nameEnd, tagEnd);
    if (isRow) {
      row = reference ? Number(reference) : row + 1;
      if (!Number.isInteger(row) || row > EXCEL_ROWS) return "unreadable";
      continue;
    }
    // A cell without content (<c r="B7" s="2"/>) only carries formatting, and read-excel-file keeps nothing of it.
    if (xml[tagEnd - 1] === SLASH || !reference) continue;
    const letters = /^[A-Z]*/.exec(reference)![0];
    let column = 0;
    for (const letter of letters) column = column * 26 + letter.charCodeAt(0) - 64;
    const cellRow = reference.length > letters.length ? Number(reference.slice(letters.length)) : row;
    if (cellRow > MAX_READ_LINES) return "tooManyRows";
    if (column > MAX_IMPORT_COLUMNS) return "tooManyColumns";
  }
  return null;
}

/** The value of the tag's `r` attribute (a row's number, a cell's reference such as "AB12"), if it has one. */
function attributeR(xml: Buffer, from: number, to: number): string | undefined {
  for (let i = from; i + 3 < to; i++) {
    if (xml[i] !== 0x72 || !isSpace(xml[i - 1]) || xml[i + 1] !== 0x3d) continue;
    const quote = xml[i + 2];
    if (quote !== 0x22 && quote !== 0x27) continue;
    const end = xml.indexOf(quote, i + 3);
    return end === -1 || end > to ? undefined : xml.toString("latin1", i + 3, end);
  }
  return undefined;
}
