import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { neutraliseFormula, toCsv, toCsvRows, type CsvCell } from "./csv";

const BOM = "\uFEFF";

describe("neutraliseFormula", () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
    ["@SUM(A1:A9)", "'@SUM(A1:A9)"],
    ["+1", "'+1"],
    ["-2+3", "'-2+3"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
    ["\uFF1D1+1", "'\uFF1D1+1"],
  ])("neutralises %j", (hostile, safe) => {
    expect(neutraliseFormula(hostile)).toBe(safe);
  });

  it.each(["Гауез Нурмухамбетов", "Бірлік, Ерең еңбегі үшін", "2,6 тыс.", "a=b", "x-1", "", " =not first"])("leaves %j alone", (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });
});

describe("toCsv", () => {
  it("starts with the byte-order mark, ends rows with CRLF and keeps Cyrillic and Kazakh letters", () => {
    const csv = toCsv(["name", "note"], [["Жусуп Жумагулов", "қызметі, әкім"]]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}"name","note"\r\n"Жусуп Жумагулов","қызметі, әкім"\r\n`);
  });

  it("quotes quotes, commas and newlines as RFC 4180 says", () => {
    const csv = toCsv(["a", "b"], [['He said "hi"', "line 1\nline 2"]]);
    expect(csv).toBe(`${BOM}"a","b"\r\n"He said ""hi""","line 1\nline 2"\r\n`);
  });

  it("neutralises hostile text but keeps numbers numbers, even negative ones", () => {
    const csv = toCsv(["text", "count", "negative"], [["=1+1", 3517, -2]]);
    expect(csv).toBe(`${BOM}"text","count","negative"\r\n"'=1+1",3517,-2\r\n`);
  });

  it("neutralises a hostile cell that also needs quoting", () => {
    const csv = toCsv(["x"], [['=HYPERLINK("http://evil.example")'], ["\rx"]]);
    expect(csv).toBe(`${BOM}"x"\r\n"'=HYPERLINK(""http://evil.example"")"\r\n"'\rx"\r\n`);
  });

  it("writes booleans as words and null as an empty cell, never as zero", () => {
    const csv = toCsv(["a", "b", "c", "d"], [[true, false, null, 0]]);
    expect(csv).toBe(`${BOM}"a","b","c","d"\r\ntrue,false,,0\r\n`);
  });

  it("neutralises the header too", () => {
    expect(toCsv(["=x"], [])).toBe(`${BOM}"'=x"\r\n`);
  });
});

/**
 * How a spreadsheet set to another list separator reads a line of our CSV: it splits on its own separator
 * outside quotes (a quote opens or closes a quoted run wherever it stands), then unquotes each cell.
 */
function splitAsSpreadsheet(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    if (char === separator && !quoted) {
      cells.push(cell);
      cell = "";
    } else cell += char;
  }
  cells.push(cell);
  return cells.map((raw) => (raw.startsWith('"') ? raw.replace(/^"|"$/g, "").replaceAll('""', '"') : raw));
}

const FORMULA_STARTS = ["=", "+", "-", "@", "\t", "\r", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"];
const SEPARATORS = [",", ";", "\t"];

describe("toCsv read by a spreadsheet that splits on another separator", () => {
  const hostile = SEPARATORS.flatMap((inner) => FORMULA_STARTS.flatMap((start) => [`x${inner}${start}1+1`, `${start}1+1`, `"${inner}${start}cmd`]));

  it.each(SEPARATORS.map((separator) => [JSON.stringify(separator), separator]))("split on %s, no cell starts a formula", (_name, separator) => {
    const csv = toCsv(
      ["note", "count", "flag"],
      hostile.map((text) => [text, -5, true]),
    );
    const lines = csv.slice(1).split("\r\n").filter(Boolean);
    for (const line of lines) {
      for (const cell of splitAsSpreadsheet(line, separator)) {
        // A negative number standing alone is a number, not a formula; everything else must not start one.
        if (/^-\d+$/.test(cell)) continue;
        expect(cell, `${JSON.stringify(line)} split on ${JSON.stringify(separator)}`).not.toMatch(/^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/);
      }
    }
  });

  it("keeps each text whole when split on the file's own separator", () => {
    const csv = toCsv(
      ["note"],
      hostile.map((text) => [text]),
    );
    const cells = csv
      .slice(1)
      .split("\r\n")
      .filter(Boolean)
      .slice(1)
      .map((line) => splitAsSpreadsheet(line, ","));
    expect(cells).toEqual(hostile.map((text) => [neutraliseFormula(text)]));
  });
});

describe("toCsv written by hand", () => {
  // What csv.ts called before it wrote rows itself (issue 17): csv-stringify with these options. Same bytes.
  const byLibrary = (rows: CsvCell[][]) =>
    stringify(rows, {
      bom: true,
      record_delimiter: "\r\n",
      quote_record_delimiter: true,
      quoted_string: true,
      cast: { string: neutraliseFormula, boolean: (value: boolean) => (value ? "true" : "false"), number: (value: number) => String(value) },
    });
  const texts = [
    "",
    " ",
    '"',
    '""',
    'a "quoted" word',
    "x,y",
    "x;y",
    "line\r\nbreak",
    "\n",
    "\r",
    "'=already",
    "Гауез Нурмухамбетов",
    "қызметі, әкім",
    "emoji 🙂 and \u2028",
    ...FORMULA_STARTS.flatMap((start) => [start, `${start}1+1`, `${start}"q"`, ` ${start}x`]),
  ];
  const numbers = [0, -0, 1, -2, 3517, 2.5, -0.001, 1e21, 5000];

  it("writes what csv-stringify wrote, for every kind of cell", () => {
    const rows: CsvCell[][] = [
      ...texts.map((text, i): CsvCell[] => [text, numbers[i % numbers.length]!, i % 2 === 0, null, `${text}${text}`]),
      [null, null, null, null, null],
      [true, false, 0, "", null],
    ];
    const header = ["a", "b", "c", "d", "=e"];
    expect(toCsv(header, rows)).toBe(byLibrary([header, ...rows]));
    expect(toCsv(header, [])).toBe(byLibrary([header]));
    expect(toCsv(header, []) + toCsvRows(rows.slice(0, 7)) + toCsvRows(rows.slice(7))).toBe(toCsv(header, rows));
    expect(toCsvRows([])).toBe("");
  });

  it("reads back as the texts, neutralised, and the numbers", () => {
    const rows: CsvCell[][] = texts.map((text, i) => [text, numbers[i % numbers.length]!]);
    const read = parse(toCsv(["text", "number"], rows), { bom: true, relax_quotes: false }) as string[][];
    expect(read.slice(1)).toEqual(rows.map(([text, number]) => [neutraliseFormula(text as string), String(number)]));
  });
});
