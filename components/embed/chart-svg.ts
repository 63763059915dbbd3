import { percent } from "@/components/charts/scale";
import { fitLabel, type ChartLayout, type Ink, type Mark, type Paint } from "./chart-layout";
import { html, type SafeHtml } from "./html";

/*
 * The charts' marks written as SVG (issue 17, part 5), two ways:
 *
 * - inline, in the embed: 100% wide with no viewBox (text keeps its size at 320 px, as components/charts does),
 *   coloured by classes of CHART_STYLES, which follow the reader's light or dark scheme. No style attribute and no
 *   script: the embed's Content-Security-Policy allows its stylesheets by hash and nothing inline.
 * - standalone, for a download: a fixed width in pixels, light, colours as attributes, a font list that ends in
 *   what any machine has (DejaVu Sans on the server that draws the PNG), with the title, the provenance and the
 *   outlet drawn in, since a file travels without the page around it.
 *
 * Every text goes through the `html` tag (escaped), after dropping what XML cannot hold at all (U+0000 and other
 * control characters): a name that holds one must not make the file unreadable.
 */

const PALETTE_LIGHT = ["#0369a1", "#c2410c", "#047857", "#a21caf", "#52525b", "#a16207"];
const PALETTE_DARK = ["#38bdf8", "#fb923c", "#34d399", "#e879f9", "#d4d4d8", "#fde047"];
const colour = (series: number) => series % PALETTE_LIGHT.length;

/** The charts' stylesheet, added to an embed that has a chart (its hash is in the embed's policy). */
export const CHART_STYLES = `
:root{${PALETTE_LIGHT.map((value, index) => `--c${index}:${value}`).join(";")};--track:#f4f4f5}
@media (prefers-color-scheme:dark){:root{${PALETTE_DARK.map((value, index) => `--c${index}:${value}`).join(";")};--track:#27272a}}
figure.chart{margin:0;display:flex;flex-direction:column;gap:8px;max-width:42rem}
figure.chart figcaption{display:flex;flex-direction:column;gap:2px}
.ctitle{font-weight:700}
.cdesc{font-size:.85rem;color:var(--muted)}
svg.plot{display:block;overflow:visible;width:100%}
:where(svg.plot) text{fill:var(--fg);font-size:13px;font-variant-numeric:tabular-nums}
.m{fill:var(--muted)}.o{fill:var(--bg)}.z11{font-size:11px}.z12{font-size:12px}.z14{font-size:14px}.pp{fill:var(--bg)}.tr{fill:var(--track)}.r{stroke:var(--line)}.sep{stroke:var(--bg)}
${PALETTE_LIGHT.map((_, index) => `.f${index}{fill:var(--c${index})}.s${index}{stroke:var(--c${index})}`).join("")}
ul.keys{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px 16px;font-size:.85rem}
ul.keys li{display:flex;align-items:center;gap:6px}
ul.keys svg{flex:none}
details>summary{cursor:pointer;color:var(--link);font-size:.85rem}
details table{margin-top:6px}
.downloads{font-size:.85rem;color:var(--muted)}
`.replace(/\n/g, "");

// XML 1.0 has no place for these, escaped or not; HTML would turn U+0000 into U+FFFD anyway.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export const xmlText = (text: string): string => text.replace(NOT_XML, "");

/** An inline text's classes: what differs from the charts' stylesheet's default (13 px, the text's colour). */
const inlineTextClass = (ink: Ink, size: number) => [ink === "muted" ? "m" : ink === "on" ? "o" : "", size === 13 ? "" : `z${size}`].filter(Boolean).join(" ");
const INK_LIGHT: Record<Ink, string> = { strong: "#18181b", muted: "#52525b", on: "#ffffff" };

type Writer = {
  x: (fraction: number) => string | number;
  width: (fraction: number) => string | number;
  /** Attributes painting a bar; `hatch` names its pattern. */
  bar: (paint: Paint, separated: boolean) => SafeHtml;
  /** A text's colour and size. */
  text: (ink: Ink, size: number) => SafeHtml;
  rule: SafeHtml;
  hatch: (series: number) => string;
};

function writeMark(mark: Mark, w: Writer): SafeHtml {
  if (mark.kind === "rule") {
    const x = w.x(mark.x);
    return html`<line x1="${x}" x2="${x}" y1="${mark.y1}" y2="${mark.y2}" ${w.rule}${mark.dashed ? html` stroke-dasharray="2 3"` : null}/>`;
  }
  if (mark.kind === "bar") {
    const fill = mark.paint !== "track" && mark.paint.hatched ? html` fill="url(#${w.hatch(mark.paint.series)})" stroke-width="1"` : null;
    return html`<rect x="${w.x(mark.x)}" y="${mark.y}" width="${w.width(mark.width)}" height="${mark.height}"${fill} ${w.bar(mark.paint, mark.separated ?? false)}/>`;
  }
  const x = w.x(mark.x);
  const attributes = html`${w.text(mark.ink, mark.size)}${mark.bold ? html` font-weight="700"` : null}${mark.italic ? html` font-style="italic"` : null}${
    mark.anchor && mark.anchor !== "start" ? html` text-anchor="${mark.anchor}"` : null
  }`;
  if (mark.lines.length === 1) return html`<text x="${x}" y="${mark.y}"${attributes}>${xmlText(mark.lines[0]!)}</text>`;
  const spans = mark.lines.map((line, index) => html`<tspan x="${x}" y="${mark.y + index * mark.lineHeight}">${xmlText(line)}</tspan>`);
  return html`<text x="${x}" y="${mark.y}"${attributes}>${spans}</text>`;
}

/** Diagonal hatching over a light tint: an approximate value, told apart without colour (components/charts/svg-parts.tsx). */
function hatchPattern(id: string, paper: SafeHtml, tint: SafeHtml, stroke: SafeHtml): SafeHtml {
  return html`<pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" ${paper}/><rect width="6" height="6" fill-opacity="0.3" ${tint}/><line x1="1.5" y1="0" x2="1.5" y2="6" stroke-width="3" ${stroke}/></pattern>`;
}

const inlineWriter = (id: string): Writer => ({
  x: (fraction) => percent(fraction),
  width: (fraction) => percent(fraction),
  bar: (paint, separated) =>
    paint === "track"
      ? html`class="tr"`
      : paint.hatched
        ? html`class="s${colour(paint.series)}"`
        : html`class="f${colour(paint.series)}${separated ? " sep" : ""}"${separated ? html` stroke-width="1.5"` : null}`,
  text: (ink, size) => {
    const names = inlineTextClass(ink, size);
    return names ? html` class="${names}"` : html``;
  },
  rule: html`class="r"`,
  hatch: (series) => `${id}-h${colour(series)}`,
});

/** The patterns an inline chart's approximate bars (and the legend's swatch) use. */
function inlineHatches(id: string, series: number[]): SafeHtml {
  return html`${series.map((index) => hatchPattern(`${id}-h${colour(index)}`, html`class="pp"`, html`class="f${colour(index)}"`, html`class="s${colour(index)}"`))}`;
}

export function inlineChartSvg({ id, title, description, layout }: { id: string; title: string; description: string; layout: ChartLayout }): SafeHtml {
  const writer = inlineWriter(id);
  return html`<svg class="plot" role="img" aria-labelledby="${id}-t" aria-describedby="${id}-d" width="100%" height="${layout.height}" xmlns="http://www.w3.org/2000/svg"><title id="${id}-t">${xmlText(title)}</title><desc id="${id}-d">${xmlText(description)}</desc><defs>${inlineHatches(id, layout.hatched)}</defs>${layout.marks.map((mark) => writeMark(mark, writer))}</svg>`;
}

/** A legend entry: a swatch (plain, hatched) and its words. */
export type LegendItem = { label: string; series: number; hatched?: boolean };

export function inlineLegend(id: string, items: LegendItem[]): SafeHtml | null {
  if (items.length === 0) return null;
  return html`<ul class="keys">${items.map((item) => {
    const swatch = item.hatched
      ? html`<rect x="1" y="1" width="26" height="12" fill="url(#${id}-h${colour(item.series)})" stroke-width="1" class="s${colour(item.series)}"/>`
      : html`<rect x="1" y="1" width="26" height="12" class="f${colour(item.series)}"/>`;
    return html`<li><svg aria-hidden="true" width="28" height="14">${swatch}</svg><span>${item.label}</span></li>`;
  })}</ul>`;
}

/** The font a downloaded chart asks for: the server's DejaVu Sans draws the PNG; a reader's machine picks its own. */
export const STANDALONE_FONTS = "DejaVu Sans, Verdana, Noto Sans, Arial, sans-serif";
export const STANDALONE_WIDTH = 720;
export const STANDALONE_PADDING = 24;
/** The plot's width in a downloaded chart: what its labels wrap to. */
export const STANDALONE_PLOT = STANDALONE_WIDTH - 2 * STANDALONE_PADDING;

const standaloneWriter: Writer = {
  x: (fraction) => Number((STANDALONE_PADDING + fraction * STANDALONE_PLOT).toFixed(2)),
  width: (fraction) => Number((fraction * STANDALONE_PLOT).toFixed(2)),
  bar: (paint, separated) =>
    paint === "track"
      ? html`fill="#f4f4f5"`
      : paint.hatched
        ? html`stroke="${PALETTE_LIGHT[colour(paint.series)]!}"`
        : html`fill="${PALETTE_LIGHT[colour(paint.series)]!}"${separated ? html` stroke="#ffffff" stroke-width="1.5"` : null}`,
  text: (ink, size) => html` font-size="${size}" fill="${INK_LIGHT[ink]}"`,
  rule: html`stroke="#d4d4d8"`,
  hatch: (series) => `h${colour(series)}`,
};

const TITLE_FONT = 18;
const TITLE_LINE = 23;
const SMALL_FONT = 12;
const SMALL_LINE = 16;

/**
 * A chart as a file of its own: its title, description and provenance (the outlet, and the date, wave or "live"
 * as the embed states it) above it, the legend and the footer's lines below, all drawn in.
 */
export function standaloneChartSvg({
  title,
  description,
  provenance,
  layout,
  legend,
  footer,
}: {
  title: string;
  description: string;
  provenance: string;
  /** Laid out for STANDALONE_PLOT. */
  layout: ChartLayout;
  legend: LegendItem[];
  footer: string[];
}): string {
  // The title and the provenance are short; a very long one (a wave's name) wraps, and is cut past six lines.
  const fit = (text: string, size: number) => fitLabel(text, STANDALONE_PLOT, size, 6);
  const marks: SafeHtml[] = [];
  let y = STANDALONE_PADDING;
  const write = (text: string, size: number, lineHeight: number, fill: string, bold = false) => {
    const lines = fit(text, size);
    lines.forEach((line, index) =>
      marks.push(
        html`<text x="${STANDALONE_PADDING}" y="${y + size + index * lineHeight}" font-size="${size}"${bold ? html` font-weight="700"` : null} fill="${fill}">${xmlText(line)}</text>`,
      ),
    );
    y += lines.length * lineHeight;
  };
  write(title, TITLE_FONT, TITLE_LINE, INK_LIGHT.strong, true);
  y += 4;
  write(provenance, SMALL_FONT, SMALL_LINE, INK_LIGHT.muted);
  y += 16;
  const plotTop = y;
  y += layout.height + 8;
  const legendMarks = legend.map((item, index) => {
    const top = y + index * 20;
    const fill = item.hatched ? `url(#h${colour(item.series)})` : PALETTE_LIGHT[colour(item.series)]!;
    return html`<rect x="${STANDALONE_PADDING}" y="${top}" width="26" height="12" fill="${fill}"${item.hatched ? html` stroke="${PALETTE_LIGHT[colour(item.series)]!}"` : null}/><text x="${STANDALONE_PADDING + 34}" y="${top + 11}" font-size="${SMALL_FONT}" fill="${INK_LIGHT.strong}">${xmlText(item.label)}</text>`;
  });
  y += legend.length * 20 + 8;
  for (const line of footer) write(line, SMALL_FONT - 1, SMALL_LINE - 2, INK_LIGHT.muted);
  const height = Math.ceil(y + STANDALONE_PADDING);
  const hatches = [...new Set([...layout.hatched, ...legend.filter((item) => item.hatched).map((item) => item.series)])].map((series) =>
    hatchPattern(`h${colour(series)}`, html`fill="#ffffff"`, html`fill="${PALETTE_LIGHT[colour(series)]!}"`, html`stroke="${PALETTE_LIGHT[colour(series)]!}"`),
  );
  return html`<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${STANDALONE_WIDTH}" height="${height}" viewBox="0 0 ${STANDALONE_WIDTH} ${height}" font-family="${STANDALONE_FONTS}" role="img" aria-labelledby="t" aria-describedby="d"><title id="t">${xmlText(title)}</title><desc id="d">${xmlText(`${description} ${provenance}`)}</desc><defs>${hatches}</defs><rect width="${STANDALONE_WIDTH}" height="${height}" fill="#ffffff"/>${marks}<g transform="translate(0 ${plotTop})">${layout.marks.map((mark) => writeMark(mark, standaloneWriter))}</g>${legendMarks}</svg>\n`
    .value;
}
