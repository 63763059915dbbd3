/**
 * A small XLSX file made in memory, for tests and the hostile-input bench: the parts Excel writes, in a ZIP
 * (stored, or deflated as Excel does). A number is written as a number cell, a Date as a date-formatted number
 * cell (Excel's day count), the rest as text. The hostile builders at the end make the files issue 13 found.
 */
import { writeZip as zip, type ZipOptions } from "@/lib/domain/import/write-zip";

type Cell = string | number | Date | null;

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const columnLetter = (i: number) => String.fromCharCode(65 + i);
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function cellXml(value: Cell, ref: string): string {
  if (value === null) return "";
  if (typeof value === "number") return `<c r="${ref}"><v>${value}</v></c>`;
  if (value instanceof Date) return `<c r="${ref}" s="1"><v>${(value.getTime() - EXCEL_EPOCH) / 86_400_000}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escape(value)}</t></is></c>`;
}

const rowsXml = (rows: Cell[][]) =>
  rows.map((row, r) => `<row r="${r + 1}">${row.map((value, c) => cellXml(value, `${columnLetter(c)}${r + 1}`)).join("")}</row>`).join("");
const SHEET_START =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_END = "</sheetData></worksheet>";

const PARTS = (sheet: string | Buffer): Record<string, string | Buffer> => ({
  "[Content_Types].xml":
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
  "_rels/.rels":
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  "xl/workbook.xml":
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Лист1" sheetId="1" r:id="rId1"/></sheets></workbook>',
  "xl/_rels/workbook.xml.rels":
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
  "xl/styles.xml":
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>',
  "xl/worksheets/sheet1.xml": sheet,
});

export function xlsxFile(rows: Cell[][], options?: ZipOptions): Uint8Array {
  return zip(PARTS(SHEET_START + rowsXml(rows) + SHEET_END), options);
}

/** An XLSX whose sheet is the header row and one cell of `length` letters: tiny deflated, huge unpacked. */
export function bigCellXlsx(length: number, options: ZipOptions = { deflate: true }): Uint8Array {
  const start = `${SHEET_START}${rowsXml([["ФИО"]])}<row r="2"><c r="A2" t="inlineStr"><is><t>`;
  const end = `</t></is></c></row>${SHEET_END}`;
  const sheet = Buffer.alloc(Buffer.byteLength(start) + length + Buffer.byteLength(end), "a");
  sheet.write(start, 0);
  sheet.write(end, sheet.length - Buffer.byteLength(end));
  return zip(PARTS(sheet), options);
}

/** An XLSX whose sheet data is the given XML, as written: for rows and cells no honest writer makes. */
export function sheetXlsx(sheetData: string, options?: ZipOptions): Uint8Array {
  return zip(PARTS(SHEET_START + sheetData + SHEET_END), options);
}

/** An XLSX of a header and `count` numbered rows of one short cell: the millions-of-rows file. */
export function manyRowsXlsx(count: number, options: ZipOptions = { deflate: true }): Uint8Array {
  const rows: string[] = [`<row r="1"><c r="A1" t="inlineStr"><is><t>n</t></is></c></row>`];
  for (let r = 2; r <= count + 1; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  return zip(PARTS(SHEET_START + rows.join("") + SHEET_END), options);
}

/**
 * An honest file near the limits: `rows` rows of 25 filled columns of Cyrillic text, written with inline
 * strings (the largest way to write them): 20 000 rows are about 2 MB deflated, 50 MB unpacked.
 */
export function largeHonestXlsx(rows = 20_000): Uint8Array {
  const header = Array.from({ length: 25 }, (_, c) => `Столбец ${c + 1}`);
  const body = Array.from({ length: rows }, (_, r) => header.map((_, c) => (c === 0 ? `Чиновник №${r + 1}` : `Значение ${c}-${r % 97} «пример»`)));
  return xlsxFile([header, ...body], { deflate: true });
}
