import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en";
import kk from "@/lib/i18n/messages/kk";
import ru from "@/lib/i18n/messages/ru";
import {
  IMPORT_LIMIT_VALUES,
  MAX_CELL_LENGTH,
  MAX_IMPORT_COLUMNS,
  MAX_IMPORT_ROWS,
  MAX_UNPACKED_MEGABYTES,
  READ_MEMORY_MEGABYTES,
  READ_TIMEOUT_SECONDS,
} from "./limits";
import { SPREADSHEET_PROBLEMS } from "./parse-spreadsheet";

const LANGUAGES = [
  ["ru", ru],
  ["kk", kk],
  ["en", en],
] as const;

/** Which limit each refusal must quote, so that the editor knows what to aim for. */
const QUOTED: Partial<Record<(typeof SPREADSHEET_PROBLEMS)[number], number>> = {
  tooLarge: IMPORT_LIMIT_VALUES.maxMegabytes,
  unpackedTooLarge: MAX_UNPACKED_MEGABYTES,
  tooManyRows: MAX_IMPORT_ROWS,
  tooManyColumns: MAX_IMPORT_COLUMNS,
  cellTooLong: MAX_CELL_LENGTH,
  tooSlowToRead: READ_TIMEOUT_SECONDS,
  tooBigToRead: READ_MEMORY_MEGABYTES,
};

describe("the import's limits in its messages", () => {
  it.each(LANGUAGES)("gives every refusal a message in %s, quoting its limit", (locale, messages) => {
    const t = createTranslator({ locale, messages, namespace: "import.problems" });
    for (const problem of SPREADSHEET_PROBLEMS) {
      const text = t(problem, IMPORT_LIMIT_VALUES);
      expect(text, problem).not.toMatch(/^import\.problems|\{/);
      const limit = QUOTED[problem];
      if (limit !== undefined) expect(text, problem).toContain(new Intl.NumberFormat(locale).format(limit));
    }
  });

  it.each(LANGUAGES)("states the file's limits in the upload form's help in %s", (locale, messages) => {
    const t = createTranslator({ locale, messages, namespace: "import.upload" });
    const help = t("fileHelp", IMPORT_LIMIT_VALUES);
    expect(help).toContain(new Intl.NumberFormat(locale).format(IMPORT_LIMIT_VALUES.maxMegabytes));
    expect(help).toContain(new Intl.NumberFormat(locale).format(MAX_IMPORT_ROWS));
  });
});
