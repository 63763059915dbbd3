import { describe, expect, it } from "vitest";
import { neutraliseFormula, toCsv } from "./csv";

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
