import { linearScale, stackSegments } from "@/components/charts/scale";
import { charsThatFit, estimateTextWidth, wrapLabel } from "@/components/charts/text";

/*
 * The embeds' charts as marks, before any markup (issue 17, part 5): the dashboard's grouped bars and stacked bars
 * laid out once, then written as SVG inline in the embed or as a standalone file (chart-svg.ts). Horizontal
 * positions are fractions of the plot's width, so the inline drawing can be 100% wide with text at its real size
 * (as components/charts does), and the file can place them in pixels. Vertical positions are pixels.
 */

export type Ink = "strong" | "muted" | "on";
/** A chart colour (palette index), hatched when its value is approximate; or the grey track of a stacked bar. */
export type Paint = { series: number; hatched?: boolean } | "track";

export type Mark =
  | {
      kind: "text";
      x: number;
      y: number;
      lines: string[];
      lineHeight: number;
      size: number;
      ink: Ink;
      bold?: boolean;
      italic?: boolean;
      anchor?: "start" | "middle" | "end";
    }
  | { kind: "bar"; x: number; y: number; width: number; height: number; paint: Paint; separated?: boolean }
  | { kind: "rule"; x: number; y1: number; y2: number; dashed: boolean };

export type ChartLayout = { height: number; marks: Mark[]; hatched: number[] };

/** A name longer than this many lines is cut with "…": the data table below has it whole. */
const MAX_LABEL_LINES = 3;

export function fitLabel(text: string, width: number, fontSize: number, maxLines = MAX_LABEL_LINES): string[] {
  const fits = charsThatFit(width, fontSize);
  // A word longer than a line keeps a line of its own (wrapLabel): cut here, or it would run off the drawing.
  const lines = wrapLabel(text, fits).map((line) => (line.length > fits ? `${line.slice(0, fits - 1)}…` : line));
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!}…`;
  return kept;
}

/** One bar: no value draws no bar at all, only its words ("not found" is never a zero). */
export type BarRow = { label: string; value: number | null; text: string; approximate: boolean; series: number };
export type BarGroup = { label: string; rows: BarRow[] };
export type BarAxis = { max: number; ticks: number[]; format: (value: number) => string };

const HEADING_FONT = 14;
const HEADING_LINE = 18;
const LABEL_FONT = 13;
const LABEL_LINE = 16;
const BAR = 16;
const ROW_GAP = 12;
const GROUP_GAP = 8;
const AXIS = 24;

/**
 * Horizontal bars grouped under headings (the dashboard's GroupedBarChart): each row's name and value on a line,
 * the bar under it, zero-based, with a value axis below. `width` is the narrowest the drawing may be, for wrapping.
 */
export function layoutBars(groups: BarGroup[], axis: BarAxis, width: number): ChartLayout {
  const scale = linearScale(axis.max);
  const marks: Mark[] = [];
  const hatched = new Set<number>();
  let y = 0;
  let plotTop = 0;
  groups.forEach((group, groupIndex) => {
    if (groupIndex > 0) y += GROUP_GAP;
    const heading = fitLabel(group.label, width, HEADING_FONT);
    marks.push({ kind: "text", x: 0, y: y + HEADING_LINE - 4, lines: heading, lineHeight: HEADING_LINE, size: HEADING_FONT, ink: "strong", bold: true });
    y += heading.length * HEADING_LINE + 6;
    if (groupIndex === 0) plotTop = y;
    for (const row of group.rows) {
      const missing = row.value === null;
      const name = rowLabel(marks, row, missing, y, width);
      const barTop = y + name.length * LABEL_LINE + 3;
      if (row.value !== null && row.value > 0) {
        marks.push({ kind: "bar", x: 0, y: barTop, width: scale(row.value), height: BAR, paint: { series: row.series, hatched: row.approximate } });
        if (row.approximate) hatched.add(row.series);
      }
      y = (missing ? barTop : barTop + BAR) + ROW_GAP;
    }
  });
  const plotBottom = Math.max(plotTop, y - ROW_GAP + 4);
  // The rules go first: the bars and names are drawn over them.
  const rules: Mark[] = axis.ticks.flatMap((tick, index) => {
    const x = scale(tick);
    const anchor = index === 0 ? "start" : index === axis.ticks.length - 1 ? "end" : "middle";
    return [
      { kind: "rule", x, y1: plotTop, y2: plotBottom, dashed: index > 0 } as const,
      { kind: "text", x, y: plotBottom + 16, lines: [axis.format(tick)], lineHeight: 14, size: 11, ink: "muted", anchor } as const,
    ];
  });
  return { height: plotBottom + AXIS, marks: [...rules, ...marks], hatched: [...hatched] };
}

/**
 * A row's first line: its name at the left (wrapped to what the figure leaves) and its figure at the right end, in
 * words and muted when there is no number. Returns the name's lines; the bar goes under them.
 */
function rowLabel(marks: Mark[], row: { label: string; text: string }, missing: boolean, y: number, width: number): string[] {
  const name = fitLabel(row.label, width - estimateTextWidth(row.text, LABEL_FONT) - 12, LABEL_FONT);
  const baseline = y + LABEL_LINE - 3;
  marks.push({ kind: "text", x: 0, y: baseline, lines: name, lineHeight: LABEL_LINE, size: LABEL_FONT, ink: "strong" });
  marks.push({
    kind: "text",
    x: 1,
    y: baseline,
    lines: [row.text],
    lineHeight: LABEL_LINE,
    size: LABEL_FONT,
    ink: missing ? "muted" : "strong",
    bold: !missing,
    italic: missing,
    anchor: "end",
  });
  return name;
}

/** A stacked bar out of `max`: its segments in legend order, or no bar when there is no total (and words instead). */
export type StackRow = { label: string; total: number | null; text: string; segments: { value: number; text: string }[] };

const SEGMENT_FONT = 12;
const STACK_BAR = 22;
const STACK_GAP = 14;

/** The dashboard's StackedBarChart: a segment's number is written in it when it fits even at `width`. */
export function layoutStack(rows: StackRow[], max: number, width: number): ChartLayout {
  const marks: Mark[] = [];
  let y = 0;
  for (const row of rows) {
    const missing = row.total === null;
    const name = rowLabel(marks, row, missing, y, width);
    const barTop = y + name.length * LABEL_LINE + 3;
    if (!missing) {
      marks.push({ kind: "bar", x: 0, y: barTop, width: 1, height: STACK_BAR, paint: "track" });
      const segments = stackSegments(
        row.segments.map((segment) => segment.value),
        max,
      );
      segments.forEach(({ from, share }, index) => {
        if (share <= 0) return;
        marks.push({ kind: "bar", x: from, y: barTop, width: share, height: STACK_BAR, paint: { series: index }, separated: true });
        const text = row.segments[index]!.text;
        if (share * width >= estimateTextWidth(text, SEGMENT_FONT) + 6) {
          marks.push({
            kind: "text",
            x: from + share / 2,
            y: barTop + STACK_BAR / 2 + 4,
            lines: [text],
            lineHeight: 14,
            size: SEGMENT_FONT,
            ink: "on",
            bold: true,
            anchor: "middle",
          });
        }
      });
    }
    y = (missing ? barTop : barTop + STACK_BAR) + STACK_GAP;
  }
  return { height: Math.max(1, y - STACK_GAP + 2), marks, hatched: [] };
}
