import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import ru from "@/lib/i18n/messages/ru";
import { AkimatChooser } from "./akimat-chooser";

const render = (keep: Record<string, string>) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale="ru" messages={ru} timeZone="Asia/Almaty">
      <AkimatChooser
        akimats={[
          { id: "a1", name: "Акимат СКО", officials: 21 },
          { id: "a2", name: "Акимат <Петропавловска>", officials: 1 },
        ]}
        keep={keep}
      />
    </NextIntlClientProvider>,
  );

describe("the akimat chooser", () => {
  it("is a GET form to the new observation, one option per akimat with its number of officials", () => {
    const html = render({});
    const form = html.match(/<form[^>]*>/)![0];
    expect(form).toContain('method="get"');
    expect(form).toContain('action="/observations/new"');
    expect(html).toContain('<select name="akimat"');
    expect(html).toContain(">Акимат СКО (21 чиновник)</option>");
    expect(html).toContain(">Акимат &lt;Петропавловска&gt; (1 чиновник)</option>");
  });

  it("carries the rest of the address through the choice (a repeat keeps its prefill)", () => {
    const html = render({ from: "obs1", accountId: "acc1", platform: "INSTAGRAM" });
    for (const [name, value] of [
      ["from", "obs1"],
      ["accountId", "acc1"],
      ["platform", "INSTAGRAM"],
    ]) {
      expect(html).toContain(`<input type="hidden" name="${name}" value="${value}"/>`);
    }
  });
});
