import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en";
import kk from "@/lib/i18n/messages/kk";
import ru from "@/lib/i18n/messages/ru";
import { NoteFields } from "./note-fields";

const render = (locale: "ru" | "kk" | "en", values: Record<string, string> = {}, errors: Record<string, string[]> = {}) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={{ ru, kk, en }[locale]} timeZone="Asia/Almaty">
      <NoteFields part={{ values, errorsOf: (field) => errors[field] }} />
    </NextIntlClientProvider>,
  ).replace(/[\u00a0\u202f]/g, " ");

/** A field's help, found through the textarea's aria-describedby, as a screen reader reaches it. */
function helpOf(html: string, field: string) {
  const describedBy =
    new RegExp(`<textarea[^>]*id="${field}"[^>]*aria-describedby="([^"]+)"`).exec(html)?.[1] ??
    new RegExp(`<textarea[^>]*aria-describedby="([^"]+)"[^>]*id="${field}"`).exec(html)?.[1];
  expect(describedBy, field).toBeDefined();
  return describedBy!
    .split(" ")
    .map((id) => new RegExp(`<p id="${id}"[^>]*>([^<]*)</p>`).exec(html)?.[1])
    .join(" ");
}

describe("the observation form's notes", () => {
  it.each([
    ["ru", "Публичная заметка", "Публикуется", "2 000", "Внутренняя заметка", "Никогда не публикуется", "10 000"],
    ["kk", "Жария ескертпе", "Жарияланады", "2 000", "Ішкі ескертпе", "Ешқашан жарияланбайды", "10 000"],
    ["en", "Public note", "Published", "2,000", "Internal note", "Never published", "10,000"],
  ] as const)(
    "say plainly, in %s, which note is published, which never is, and how long each may be",
    (locale, publicLabel, published, publicMax, internalLabel, never, internalMax) => {
      const html = render(locale);
      expect(html).toContain(`<label for="publicNote" class="text-sm font-semibold">${publicLabel}</label>`);
      expect(html).toContain(`<label for="internalNote" class="text-sm font-semibold">${internalLabel}</label>`);
      expect(helpOf(html, "publicNote")).toMatch(new RegExp(`^${published}:.* ${publicMax} `));
      expect(helpOf(html, "internalNote")).toMatch(new RegExp(`^${never}:.* ${internalMax} `));
      // The public note comes first: what readers will see is not hidden below the newsroom's own.
      expect(html.indexOf('name="publicNote"')).toBeLessThan(html.indexOf('name="internalNote"'));
    },
  );

  it("gives back what was typed, and each note's own error", () => {
    const html = render("ru", { publicNote: "Для читателей <b>", internalNote: "запрос в пресс-службу отправлен" }, { publicNote: ["Слишком длинно."] });
    expect(html).toContain(">Для читателей &lt;b&gt;</textarea>");
    expect(html).toContain(">запрос в пресс-службу отправлен</textarea>");
    expect(html).toContain('<p id="publicNote-error" class="text-sm font-medium text-red-700 dark:text-red-400">Слишком длинно.</p>');
    expect(html).not.toContain("internalNote-error");
  });
});
