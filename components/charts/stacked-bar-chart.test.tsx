import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { StackedBarChart, type StackedBarChartProps } from "./stacked-bar-chart";

const count = (html: string, pattern: RegExp) => (html.match(new RegExp(pattern, "g")) ?? []).length;
const render = (element: ReactElement) => renderToStaticMarkup(element).replace(/[\u00a0\u202f]/g, " ");

const props: StackedBarChartProps = {
  title: "Openness by akimat",
  description: "Mean openness index and its parts, out of 100",
  locale: "en",
  max: 100,
  labelHeader: "Akimat",
  totalHeader: "Index",
  parts: [
    { key: "found", label: "Found" },
    { key: "public", label: "Public" },
    { key: "personal", label: "Personal content" },
  ],
  rows: [
    { label: "North Kazakhstan region", values: { found: 25, public: 15, personal: 2.5 }, total: 42.5 },
    { label: "Petropavlovsk city", values: { found: 20, public: 5, personal: 0 }, total: 25 },
    { label: "Nura district", values: {}, total: null },
  ],
  missingLabel: "not surveyed",
};

describe("StackedBarChart", () => {
  const html = render(<StackedBarChart {...props} />);

  it("is a captioned figure with a labelled image", () => {
    const svg = html.match(/<svg role="img" aria-labelledby="([^"]+)" aria-describedby="([^"]+)"/);
    expect(svg).not.toBeNull();
    expect(html).toContain(`<title id="${svg![1]}">Openness by akimat</title>`);
    expect(html).toContain(`<desc id="${svg![2]}">Mean openness index and its parts, out of 100</desc>`);
    expect(html).toContain("<figcaption");
  });

  it("has a table row per row, a column per part, and the parts in the legend", () => {
    expect(count(html, /<th scope="row"/)).toBe(3);
    expect(count(html, /<th scope="col"/)).toBe(5);
    for (const label of ["Found", "Public", "Personal content"]) expect(count(html, new RegExp(`>${label}<`))).toBe(2);
    expect(html).toContain(">42.5<");
  });

  it("draws a segment per non-zero part, and nothing for a row not surveyed", () => {
    // Two tracks (surveyed rows) and five segments (3 + 2: Petropavlovsk shows no personal content).
    expect(count(html, /<rect x="0" y="\d+" width="100%"/)).toBe(2);
    expect(count(html, /<rect x="[\d.]+%"/)).toBe(5);
    expect(count(html, />not surveyed</)).toBe(2);
    expect(html).toMatch(/<td colSpan="4"[^>]*>not surveyed<\/td>/);
  });

  it("writes values in wide segments only, and ships no script", () => {
    expect(html).toMatch(/text-anchor="middle"[^>]*>25</);
    expect(html).not.toMatch(/text-anchor="middle"[^>]*>2.5</);
    expect(html).not.toContain("<script");
  });
});
