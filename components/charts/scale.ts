/**
 * Scales map data to a fraction of the axis (0 to 1). The charts lay their x axis out in percentages of
 * the SVG's width, so a fraction is all they need: text keeps its real pixel size at any width.
 */
import { monthIndex, monthStart } from "./ticks";

/** Zero-based linear scale: a bar's length is proportional to its value, as a reader assumes. */
export function linearScale(max: number): (value: number) => number {
  return (value) => (max > 0 ? Math.min(1, Math.max(0, value / max)) : 0);
}

/** A fraction as an SVG length in percent, e.g. 0.375 → "37.5%". */
export function percent(fraction: number): string {
  return `${Number((fraction * 100).toFixed(3))}%`;
}

/**
 * A time domain widened to whole months, so its ends are labelled ticks. A domain that already ends on a
 * month start (monthly series are dated to the 1st) is kept; a single date gets its whole month.
 */
export function monthDomain(dates: Date[]): { start: Date; end: Date } {
  const times = dates.map((date) => date.getTime());
  const min = new Date(Math.min(...times));
  const max = new Date(Math.max(...times));
  const start = monthStart(monthIndex(min));
  const maxIsMonthStart = max.getTime() === monthStart(monthIndex(max)).getTime();
  const end = maxIsMonthStart && max.getTime() > start.getTime() ? max : monthStart(monthIndex(max) + 1);
  return { start, end };
}

/** Linear time scale over a domain: a date's fraction of the way from start to end. */
export function timeScale({ start, end }: { start: Date; end: Date }): (date: Date) => number {
  const span = end.getTime() - start.getTime();
  return (date) => (span > 0 ? Math.min(1, Math.max(0, (date.getTime() - start.getTime()) / span)) : 0.5);
}

/**
 * Segments of a stacked bar as fractions of `max`, in order. Values beyond `max` are cut at the bar's end
 * rather than drawn past it; negative values count as zero.
 */
export function stackSegments(values: number[], max: number): { from: number; share: number }[] {
  const scale = linearScale(max);
  const segments: { from: number; share: number }[] = [];
  let from = 0;
  for (const value of values) {
    const to = Math.min(1, from + scale(value));
    segments.push({ from, share: to - from });
    from = to;
  }
  return segments;
}
