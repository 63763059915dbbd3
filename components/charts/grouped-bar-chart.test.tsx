import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { GroupedBarChart, type GroupedBarChartProps } from "./grouped-bar-chart";

const count = (html: string, pattern: RegExp) => (html.match(new RegExp(pattern, "g")) ?? []).length;
// Russian groups thousands with a no-break space; compare with a plain one.
const render = (element: ReactElement) => renderToStaticMarkup(element).replace(/[\u00a0\u202f]/g, " ");

const props: GroupedBarChartProps = {
  title: "Охват по должностным лицам",
  description: "Подписчики или друзья на самой крупной странице",
  locale: "ru",
  labelHeader: "Должностное лицо",
  valueHeader: "Охват",
  approximateLegend: "Штриховка: приблизительное значение",
  groups: [
    {
      label: "Акимат СКО",
      bars: [
        { label: "Гауез Нурмухамбетов", value: 3517 },
        { label: "Жусуп Жумагулов", value: 10_000, approximate: true },
        { label: "Марат Тасмаганбетов", value: null, missingLabel: "не найден" },
      ],
    },
    { label: "Акимат Петропавловска", bars: [{ label: "Серик Мухамедиев", value: 2400, approximate: true }] },
  ],
};

describe("GroupedBarChart", () => {
  const html = render(<GroupedBarChart {...props} />);

  it("is a captioned figure with a labelled image", () => {
    expect(html).toMatch(/^<figure/);
    expect(html).toContain("<figcaption");
    const svg = html.match(/<svg role="img" aria-labelledby="([^"]+)" aria-describedby="([^"]+)"/);
    expect(svg).not.toBeNull();
    expect(html).toContain(`<title id="${svg![1]}">Охват по должностным лицам</title>`);
    expect(html).toContain(`<desc id="${svg![2]}">Подписчики или друзья на самой крупной странице</desc>`);
  });

  it("has one table row per bar, under its group", () => {
    expect(count(html, /<th scope="row"/)).toBe(4);
    expect(count(html, /<th scope="rowgroup"/)).toBe(2);
    expect(html).toMatch(/<th scope="col" [^>]*>Должностное лицо<\/th><th scope="col" [^>]*>Охват<\/th>/);
  });

  it("draws no bar for a missing value and writes its label instead", () => {
    expect(count(html, /<rect x="0"/)).toBe(3);
    expect(count(html, />не найден</)).toBe(2); // in the drawing and in the table
  });

  it("marks approximate values with ≈, a hatched bar and the caller's legend", () => {
    expect(count(html, />≈ 10 000</)).toBe(2);
    expect(count(html, /fill="url\(#[^)]+-hatch-0\)"/)).toBe(2); // the bar and the legend swatch
    expect(count(html, /<pattern /)).toBe(2); // one per group colour that has an approximate bar
    expect(html).toContain("Штриховка: приблизительное значение");
    expect(html).toContain(">3 517<");
  });

  it("ships no script and keeps ids unique per instance", () => {
    expect(html).not.toContain("<script");
    const twice = renderToStaticMarkup(
      <>
        <GroupedBarChart {...props} />
        <GroupedBarChart {...props} />
      </>,
    );
    const ids = [...twice.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids.length).toBeGreaterThan(4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("leaves out the legend when nothing is approximate, and shows the table in a disclosure when asked", () => {
    const exact = render(
      <GroupedBarChart
        {...props}
        tableLabel="Данные таблицей"
        groups={[
          {
            label: "A",
            bars: [
              { label: "B", value: 316 },
              { label: "C", value: null },
            ],
          },
        ]}
      />,
    );
    expect(exact).not.toContain("Штриховка");
    expect(exact).not.toContain("<pattern");
    expect(exact).toContain("<summary");
    expect(exact).toContain(">Данные таблицей</summary>");
    expect(exact).toContain(">—<"); // a null value without its own label
    expect(html).not.toContain("<details");
    expect(html).toContain('<div class="sr-only"><table');
  });
});
