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
    expect(csv).toBe(`${BOM}name,note\r\nЖусуп Жумагулов,"қызметі, әкім"\r\n`);
  });

  it("quotes quotes, commas and newlines as RFC 4180 says", () => {
    const csv = toCsv(["a", "b"], [['He said "hi"', "line 1\nline 2"]]);
    expect(csv).toBe(`${BOM}a,b\r\n"He said ""hi""","line 1\nline 2"\r\n`);
  });

  it("neutralises hostile text but keeps numbers numbers, even negative ones", () => {
    const csv = toCsv(["text", "count", "negative"], [["=1+1", 3517, -2]]);
    expect(csv).toBe(`${BOM}text,count,negative\r\n'=1+1,3517,-2\r\n`);
  });

  it("neutralises a hostile cell that also needs quoting", () => {
    const csv = toCsv(["x"], [['=HYPERLINK("http://evil.example")'], ["\rx"]]);
    expect(csv).toBe(`${BOM}x\r\n"'=HYPERLINK(""http://evil.example"")"\r\n"'\rx"\r\n`);
  });

  it("writes booleans as words and null as an empty cell, never as zero", () => {
    const csv = toCsv(["a", "b", "c", "d"], [[true, false, null, 0]]);
    expect(csv).toBe(`${BOM}a,b,c,d\r\ntrue,false,,0\r\n`);
  });

  it("neutralises the header too", () => {
    expect(toCsv(["=x"], [])).toBe(`${BOM}'=x\r\n`);
  });
});
