import { describe, expect, it } from "vitest";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/lib/domain/import/limits";
import { detectDelimiter } from "@/lib/domain/import/parse-spreadsheet";
import { xlsxFile } from "@/lib/testing/test-xlsx";
import { readSpreadsheet } from "./read-spreadsheet";

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Windows-1251 for the Russian letters used below (А–я are 0xC0–0xFF; ё 0xB8). */
function cp1251(text: string): Uint8Array {
  return new Uint8Array(
    [...text].map((char) => {
      const code = char.charCodeAt(0);
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      if (char === "ё") return 0xb8;
      throw new Error(`not in the test's table: ${char}`);
    }),
  );
}

describe("readSpreadsheet: CSV", () => {
  it("reads UTF-8 with a byte-order mark and semicolons, as Excel saves it, keeping Cyrillic and line numbers", async () => {
    const result = await readSpreadsheet(utf8('\uFEFFФИО;Подписчики\r\nГауез Нурмухамбетов;3 517\r\n\r\nЖусуп Жумагулов;"2,6 тыс."\r\n'));
    expect(result).toEqual({
      ok: true,
      sheet: {
        format: "csv",
        headers: ["ФИО", "Подписчики"],
        rows: [
          { n: 2, cells: ["Гауез Нурмухамбетов", "3 517"] },
          { n: 4, cells: ["Жусуп Жумагулов", "2,6 тыс."] },
        ],
      },
    });
  });

  it("detects commas, semicolons and tabs", () => {
    expect(detectDelimiter('a;b;c\n1;"2,5";3')).toBe(";");
    expect(detectDelimiter("a,b,c\n1,2,3")).toBe(",");
    expect(detectDelimiter("a\tb\n1\t2,5")).toBe("\t");
    expect(detectDelimiter("ФИО;Подписчики\nГауез;2,6 тыс.")).toBe(";");
  });

  it("reads Windows-1251, as older Excel saves Cyrillic", async () => {
    const result = await readSpreadsheet(cp1251("ФИО;Платформа\nСания Смаилова;Инстаграм\n"));
    expect(result).toMatchObject({ ok: true, sheet: { headers: ["ФИО", "Платформа"], rows: [{ n: 2, cells: ["Сания Смаилова", "Инстаграм"] }] } });
  });

  it("pads short rows, drops blank ones, and removes the quote our exports put before formulas", async () => {
    const result = await readSpreadsheet(utf8("a,b,c\n1\n,,\n'=2+2,'-3,x\n"));
    expect(result).toMatchObject({
      ok: true,
      sheet: {
        rows: [
          { n: 2, cells: ["1", "", ""] },
          { n: 4, cells: ["=2+2", "-3", "x"] },
        ],
      },
    });
  });

  it("refuses what is not a spreadsheet, whatever its name", async () => {
    expect(await readSpreadsheet(new Uint8Array())).toEqual({ ok: false, problem: "empty" });
    expect(await readSpreadsheet(utf8("ФИО;Подписчики\n"))).toEqual({ ok: false, problem: "empty" });
    expect(await readSpreadsheet(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toEqual({
      ok: false,
      problem: "notSpreadsheet",
    });
    expect(await readSpreadsheet(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]))).toEqual({ ok: false, problem: "oldExcel" });
    expect(await readSpreadsheet(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual({ ok: false, problem: "unreadable" });
  });

  it("holds to the limits", async () => {
    expect(await readSpreadsheet(new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61))).toEqual({ ok: false, problem: "tooLarge" });
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `x${i}`).join("\n");
    expect(await readSpreadsheet(utf8(`a\n${rows}\n`))).toEqual({ ok: false, problem: "tooManyRows" });
    expect(await readSpreadsheet(utf8(`${Array.from({ length: 101 }, (_, i) => `c${i}`).join(",")}\n1\n`))).toEqual({ ok: false, problem: "tooManyColumns" });
  });
});

describe("readSpreadsheet: XLSX", () => {
  it("reads the first sheet: text, numbers as written, dates and times as the newsroom writes them", async () => {
    const file = xlsxFile([
      ["ФИО", "Подписчики", "Дата"],
      ["Гауез Нурмухамбетов", 3517, new Date(Date.UTC(2024, 7, 28))],
      [null, null, null],
      ["Жусуп Жумагулов", "около 10 тысяч", new Date(Date.UTC(2024, 7, 28, 14, 30))],
    ]);
    expect(await readSpreadsheet(file)).toEqual({
      ok: true,
      sheet: {
        format: "xlsx",
        headers: ["ФИО", "Подписчики", "Дата"],
        rows: [
          { n: 2, cells: ["Гауез Нурмухамбетов", "3517", "2024-08-28"] },
          { n: 4, cells: ["Жусуп Жумагулов", "около 10 тысяч", "2024-08-28 14:30"] },
        ],
      },
    });
  });
});
