import { describe, expect, it } from "vitest";
import { checkMapping, matchColumns, normaliseColumnName } from "./columns";
import { COLUMN_LANGUAGES, columnName, IMPORT_KINDS, importFields } from "./fields";

describe("normaliseColumnName", () => {
  it("folds case, ё, spaces and punctuation", () => {
    expect(normaliseColumnName(" Ф.И.О. ")).toBe("фио");
    expect(normaliseColumnName("Full  name")).toBe(normaliseColumnName("full_name"));
    expect(normaliseColumnName("fullName")).toBe("fullname");
    expect(normaliseColumnName("Освобождён")).toBe("освобожден");
    expect(normaliseColumnName("Аты-жөні")).toBe("атыжөні");
  });
});

describe("matchColumns", () => {
  it("recognises the same field in Russian, Kazakh and English", () => {
    expect(matchColumns(["ФИО", "Подписчики", "Платформа", "Дата"], "OBSERVATIONS")).toEqual(["fullName", "followers", "platform", "observedAt"]);
    expect(matchColumns(["Аты-жөні", "Жазылушылар", "Әлеуметтік желі", "Күні"], "OBSERVATIONS")).toEqual(["fullName", "followers", "platform", "observedAt"]);
    expect(matchColumns(["Full name", "Followers", "Platform", "Date"], "OBSERVATIONS")).toEqual(["fullName", "followers", "platform", "observedAt"]);
  });

  it("tolerates case, spacing, punctuation and ё", () => {
    expect(matchColumns(["  ф.и.о.", "ПОДПИСЧИКИ ", "дата наблюдения"], "OBSERVATIONS")).toEqual(["fullName", "followers", "observedAt"]);
    expect(matchColumns(["Дата освобождения", "Освобождён"], "REGISTRY")).toEqual(["endedOn", null]);
  });

  it("leaves unknown columns out and gives each field one column", () => {
    expect(matchColumns(["ФИО", "Имя", "Настроение"], "OBSERVATIONS")).toEqual(["fullName", null, null]);
  });

  it("prefers the better name when two columns could fill one field (an export's raw text over its number)", () => {
    expect(matchColumns(["official_name", "followers", "followers_raw"], "OBSERVATIONS")).toEqual(["fullName", null, "followers"]);
  });

  it("reads a notes column of any name as the internal note, and only a column that says so as the public note", () => {
    for (const headers of [
      ["ФИО", "Заметки", "Публичная заметка"],
      ["Аты-жөні", "Ескертпелер", "Жария ескертпе"],
      ["Full name", "Notes", "Public note"],
      ["official_name", "notes", "public_note"],
      ["ФИО", "Внутренняя заметка", "Заметка для читателей"],
      ["Аты-жөні", "Ішкі ескертпе", "Оқырмандарға ескертпе"],
      ["Full name", "Internal note", "Published note"],
    ]) {
      expect(matchColumns(headers, "OBSERVATIONS"), headers.join(" | ")).toEqual(["fullName", "internalNote", "publicNote"]);
    }
    for (const name of ["Комментарий", "Примечание", "Описание", "Түсініктеме", "Comment", "Note"])
      expect(matchColumns([name], "OBSERVATIONS"), name).toEqual(["internalNote"]);
  });

  it("knows only the fields of the kind of import", () => {
    expect(matchColumns(["ФИО", "Должность", "Подписчики"], "REGISTRY")).toEqual(["fullName", "title", null]);
  });

  it("reads back every template's header, in every language", () => {
    for (const kind of IMPORT_KINDS) {
      for (const language of COLUMN_LANGUAGES) {
        const headers = importFields(kind).map((field) => columnName(kind, field, language));
        expect(matchColumns(headers, kind), `${kind} ${language}`).toEqual(importFields(kind));
      }
    }
  });
});

describe("checkMapping", () => {
  it("asks for the fields an import cannot do without", () => {
    expect(checkMapping(["fullName", "platform", "observedAt"], "OBSERVATIONS")).toEqual([]);
    expect(checkMapping(["fullName", null], "OBSERVATIONS")).toEqual([
      { problem: "missing", fields: ["platform"] },
      { problem: "missing", fields: ["observedAt"] },
    ]);
    expect(checkMapping(["akimat"], "REGISTRY")).toEqual([]);
    expect(checkMapping(["title"], "REGISTRY")).toEqual([{ problem: "missing", fields: ["fullName", "akimat"] }]);
  });

  it("refuses a field given two columns, and fields of the other kind", () => {
    expect(checkMapping(["fullName", "fullName", "platform", "observedAt"], "OBSERVATIONS")).toEqual([
      { problem: "twice", field: "fullName", columns: [0, 1] },
    ]);
    expect(checkMapping(["fullName", "title"], "OBSERVATIONS")).toContainEqual({ problem: "unknown", column: 1 });
  });
});

describe("templates", () => {
  it("write a header that the import reads back, in each language", async () => {
    const { importTemplateCsv } = await import("./template");
    const { parse } = await import("csv-parse/sync");
    for (const kind of IMPORT_KINDS) {
      for (const language of COLUMN_LANGUAGES) {
        const csv = importTemplateCsv(kind, language);
        expect(csv.startsWith("\uFEFF")).toBe(true);
        const [header] = parse(csv, { bom: true, delimiter: language === "en" ? "," : ";" }) as string[][];
        expect(matchColumns(header!, kind)).toEqual(importFields(kind));
      }
    }
    expect(importTemplateCsv("OBSERVATIONS", "kk")).toContain('"Аты-жөні";"Аты-жөні латынша";"Әлеуметтік желі"');
  });
});
