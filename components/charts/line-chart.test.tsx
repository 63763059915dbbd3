import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LineChart, type LineChartProps } from "./line-chart";

const count = (html: string, pattern: RegExp) => (html.match(new RegExp(pattern, "g")) ?? []).length;
const render = (element: ReactElement) => renderToStaticMarkup(element).replace(/[\u00a0\u202f]/g, " ");

const props: LineChartProps = {
  title: "Белсенді аккаунттар",
  description: "Айына белсенді аккаунттар саны",
  locale: "kk",
  xHeader: "Күні",
  yHeader: "Саны",
  emptyLabel: "Деректер жоқ",
  approximateLegend: "Бос белгі: шамамен",
  series: [
    {
      label: "СҚО әкімдігі",
      points: [
        { x: "2024-08-01", y: 4 },
        { x: "2024-06-01", y: 3 },
        { x: "2024-07-01", y: 3, approximate: true },
      ],
    },
    {
      label: "Петропавл әкімдігі",
      points: [
        { x: "2024-06-01", y: 2 },
        { x: "2024-08-01", y: 1 },
      ],
    },
  ],
};

describe("LineChart", () => {
  const html = render(<LineChart {...props} />);

  it("is a captioned figure with a labelled image", () => {
    const svg = html.match(/<svg role="img" aria-labelledby="([^"]+)" aria-describedby="([^"]+)"/);
    expect(svg).not.toBeNull();
    expect(html).toContain(`<title id="${svg![1]}">Белсенді аккаунттар</title>`);
    expect(html).toContain(`<desc id="${svg![2]}">Айына белсенді аккаунттар саны</desc>`);
  });

  it("has a table row per point, grouped by series, in date order", () => {
    expect(count(html, /<th scope="row"/)).toBe(5);
    expect(count(html, /<th scope="rowgroup"/)).toBe(2);
    const firstSeriesDates = [...html.matchAll(/<th scope="row"[^>]*>([^<]+)</g)].slice(0, 3).map((match) => match[1]);
    expect(firstSeriesDates.map((date) => date?.match(/\d{4}/)?.[0])).toEqual(["2024", "2024", "2024"]);
    expect(new Set(firstSeriesDates).size).toBe(3);
    expect(html.indexOf(">≈ 3<")).toBeGreaterThan(html.indexOf("<table"));
  });

  it("draws a marker per point, of a different shape per series", () => {
    const markers = [...html.matchAll(/<use href="#([^"]+)"/g)].map((match) => match[1]);
    expect(markers).toHaveLength(5);
    expect(new Set(markers).size).toBe(2);
  });

  it("marks an approximate point: hollow marker, dashed segments, the legend line", () => {
    expect(count(html, /stroke-dasharray="5 4"/)).toBe(2); // the two segments touching it (one path) and the legend sample
    expect(html).toContain("Бос белгі: шамамен");
    expect(count(html, /<use [^>]*fill-white/)).toBe(1);
  });

  it("draws a long solid history as one path, not an element per segment", () => {
    const points = Array.from({ length: 300 }, (_, day) => ({ x: new Date(Date.UTC(2024, 0, 1 + day)).toISOString(), y: 1000 + day }));
    const long = render(<LineChart {...props} series={[{ label: "A", points }]} />);
    expect(count(long, /<path [^>]*stroke-linecap/)).toBe(1);
    expect(count(long, /<line /)).toBeLessThan(40); // axis ticks and rules only
    expect(count(long, /<use /)).toBe(1); // too dense for a marker per point: the latest only
    expect(count(long, /<tr/)).toBeGreaterThan(300); // the data table still lists every point
  });

  it("uses only whole numbers on the axis of counts, and ships no script", () => {
    expect(html).not.toMatch(/>0,5</);
    expect(html).not.toContain("<script");
  });

  it("shows the empty label instead of a chart without points", () => {
    const empty = render(<LineChart {...props} series={[{ label: "A", points: [] }]} />);
    expect(empty).toContain("Деректер жоқ");
    expect(empty).toContain("<figcaption");
    expect(empty).not.toContain("<svg");
    expect(empty).not.toContain("<table");
  });

  it("draws a single point without a line and without a legend for exactness it does not need", () => {
    const single = render(<LineChart {...props} series={[{ label: "Instagram", points: [{ x: "2024-08-26T00:00:00Z", y: 10_000 }] }]} />);
    expect(count(single, /<use href=/)).toBe(1);
    expect(single).not.toContain('<line x1="0.');
    expect(single).not.toContain("Бос белгі");
    expect(count(single, /<th scope="row"/)).toBe(1);
  });
});
