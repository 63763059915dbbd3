/**
 * The charts' colours, as Tailwind classes so each has a light and a dark variant. Blue and orange lead
 * because they stay apart for the common colour-vision deficiencies; every colour is at least 4.5:1 against
 * the card (white / zinc-900) and against the text drawn on it (`onFill`). Colour is never the only cue:
 * series also differ by marker shape, and every bar and segment carries its value as text.
 */
export type ChartColour = { fill: string; stroke: string; onFill: string; text: string };

export const CHART_COLOURS: readonly ChartColour[] = [
  {
    fill: "fill-sky-700 dark:fill-sky-400",
    stroke: "stroke-sky-700 dark:stroke-sky-400",
    onFill: "fill-white dark:fill-zinc-950",
    text: "text-sky-700 dark:text-sky-400",
  },
  {
    fill: "fill-orange-700 dark:fill-orange-400",
    stroke: "stroke-orange-700 dark:stroke-orange-400",
    onFill: "fill-white dark:fill-zinc-950",
    text: "text-orange-700 dark:text-orange-400",
  },
  {
    fill: "fill-emerald-700 dark:fill-emerald-400",
    stroke: "stroke-emerald-700 dark:stroke-emerald-400",
    onFill: "fill-white dark:fill-zinc-950",
    text: "text-emerald-700 dark:text-emerald-400",
  },
  {
    fill: "fill-fuchsia-700 dark:fill-fuchsia-400",
    stroke: "stroke-fuchsia-700 dark:stroke-fuchsia-400",
    onFill: "fill-white dark:fill-zinc-950",
    text: "text-fuchsia-700 dark:text-fuchsia-400",
  },
  {
    fill: "fill-zinc-600 dark:fill-zinc-300",
    stroke: "stroke-zinc-600 dark:stroke-zinc-300",
    onFill: "fill-white dark:fill-zinc-950",
    text: "text-zinc-600 dark:text-zinc-300",
  },
  {
    fill: "fill-yellow-700 dark:fill-yellow-300",
    stroke: "stroke-yellow-700 dark:stroke-yellow-300",
    onFill: "fill-white dark:fill-zinc-950",
    text: "text-yellow-700 dark:text-yellow-300",
  },
];

export function chartColour(index: number): ChartColour {
  return CHART_COLOURS[index % CHART_COLOURS.length]!;
}

/** Marker shapes centred on (0, 0), one per series, so lines can be told apart without colour. */
export const MARKER_PATHS: readonly string[] = [
  "M 4.5 0 A 4.5 4.5 0 1 1 -4.5 0 A 4.5 4.5 0 1 1 4.5 0 Z", // circle
  "M -4 -4 H 4 V 4 H -4 Z", // square
  "M 0 -5.5 L 5 3.5 H -5 Z", // triangle
  "M 0 -5.5 L 5.5 0 L 0 5.5 L -5.5 0 Z", // diamond
  "M -1.75 -5 H 1.75 V -1.75 H 5 V 1.75 H 1.75 V 5 H -1.75 V 1.75 H -5 V -1.75 H -1.75 Z", // plus
];

export function markerPath(index: number): string {
  return MARKER_PATHS[index % MARKER_PATHS.length]!;
}

/** Text and rules drawn in the SVG. The halo keeps labels legible where they cross a line. */
export const INK = {
  strong: "fill-zinc-900 dark:fill-zinc-100",
  muted: "fill-zinc-700 dark:fill-zinc-300",
  rule: "stroke-zinc-200 dark:stroke-zinc-700",
  axis: "stroke-zinc-500 dark:stroke-zinc-400",
  track: "fill-zinc-100 dark:fill-zinc-800",
  halo: "stroke-white dark:stroke-zinc-900",
  paper: "fill-white dark:fill-zinc-900",
} as const;
