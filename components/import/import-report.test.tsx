import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { createFormatter, createTranslator } from "use-intl/core";
import { describe, expect, it, vi } from "vitest";
import type { ImportReport } from "@/lib/domain/import/report";
import en from "@/lib/i18n/messages/en";
import ru from "@/lib/i18n/messages/ru";
import { ImportReportView } from "./import-report";
import { MappingForm } from "./mapping-form";

vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace?: string) => createTranslator({ locale: "ru", messages: ru, namespace: namespace as never, timeZone: "Asia/Almaty" }),
  getFormatter: async () => createFormatter({ locale: "ru", timeZone: "Asia/Almaty" }),
  getLocale: async () => "ru",
}));

async function render(node: ReactNode): Promise<string> {
  const { renderToReadableStream } = await import("react-dom/server");
  const stream = await renderToReadableStream(node);
  await stream.allReady;
  return (await new Response(stream).text()).replace(/<!-- -->/g, "").replace(/[\u00a0\u202f]/g, " ");
}

const counts = (observation: Partial<Record<"create" | "update" | "unchanged" | "duplicate", number>>): ImportReport["counts"] => {
  const none = { create: 0, update: 0, unchanged: 0, duplicate: 0 };
  return { akimat: none, official: none, position: none, account: none, observation: { ...none, ...observation } };
};

describe("the import report", () => {
  it("names each error's row, column and value, with the form's own message, escaped", async () => {
    const report: ImportReport = {
      rowCount: 3,
      rowsWithErrors: 1,
      counts: counts({ create: 1, duplicate: 1 }),
      errors: [
        { row: 4, column: "Подписчики", value: "много<script>", message: "countUnparsable" },
        { row: 4, column: "ФИО", value: "Иван Иванов", message: "officialNotFound" },
        { row: 4, column: null, value: "", message: "slugTaken" },
      ],
      errorCount: 3,
      changes: [
        { row: 2, entity: "observation", action: "create", name: "Гауез Нурмухамбетов", platform: "INSTAGRAM", detail: "2024-09-15 12:00" },
        { row: 3, entity: "observation", action: "duplicate", name: "Гауез Нурмухамбетов", platform: "INSTAGRAM", detail: "2024-09-15 12:00", sameAsRow: 2 },
      ],
      changeCount: 2,
    };
    const html = await render(await ImportReportView({ report }));
    expect(html).toContain("Строк с ошибками: 1.");
    expect(html).toContain("«много&lt;script&gt;» — не похоже на число");
    expect(html).toContain("Такого чиновника нет в реестре");
    expect(html).toContain("(нет столбца)");
    expect(html).toContain("Строка 3: наблюдение «Гауез Нурмухамбетов · Instagram · 2024-09-15 12:00» — повтор, пропускается (как в строке 2)");
    expect(html).not.toContain("<script>");
  });
});

describe("the mapping form", () => {
  it("gives every column a labelled select, with the guess chosen and the fields named in the editor's language", async () => {
    const html = await render(
      <NextIntlClientProvider locale="en" messages={en} timeZone="Asia/Almaty">
        <MappingForm
          action={async (state) => state}
          importId="i1"
          kind="OBSERVATIONS"
          headers={["ФИО", "Читатели"]}
          sample={[["Гауез Нурмухамбетов", "3 600"]]}
          mapping={["fullName", null]}
        />
      </NextIntlClientProvider>,
    );
    expect(html).toContain('<label for="column-1" class="sr-only">Field for the column “Читатели”</label>');
    expect(html).toMatch(/<option value="fullName" selected="">Full name<\/option>/);
    expect(html).toContain("3 600");
    expect(html).toContain("— do not import —");
  });
});
