/**
 * Axis ticks for the server-drawn charts: round numbers on a zero-based value axis, and month starts on a
 * time axis. Pure arithmetic, no locale: formatting is the component's business.
 */

/** A round step for splitting `span` into about `count` intervals: 1, 2 or 5 times a power of ten. */
export function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

// 0.1 * 3 is 0.30000000000000004: ticks are labels, so trim the floating-point noise.
const tidy = (value: number) => Number(value.toPrecision(12));

/**
 * Ticks from zero up to a round number at or above `maxValue`. Counts of people or accounts are whole,
 * so `integer` keeps the step at 1 or more (no "0.5 accounts" tick). With no positive value the axis
 * still needs a length: it runs from 0 to 1.
 */
export function zeroBasedTicks(maxValue: number, { count = 4, integer = false }: { count?: number; integer?: boolean } = {}): { max: number; ticks: number[] } {
  if (!Number.isFinite(maxValue) || maxValue <= 0) return { max: 1, ticks: [0, 1] };
  const step = integer ? Math.max(1, niceStep(maxValue, count)) : niceStep(maxValue, count);
  const intervals = Math.max(1, Math.ceil(tidy(maxValue / step)));
  const ticks = Array.from({ length: intervals + 1 }, (_, index) => tidy(index * step));
  return { max: tidy(intervals * step), ticks };
}

/** Months counted from year 0, in UTC: stepping by months is plain integer arithmetic. */
export function monthIndex(date: Date): number {
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

export function monthStart(index: number): Date {
  return new Date(Date.UTC(Math.floor(index / 12), index % 12, 1));
}

// Steps that keep ticks on calendar-friendly months: every month, every other, quarters, halves, years.
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120];

/**
 * Month-start ticks within [start, end], at most `maxTicks` of them, aligned to the calendar
 * (quarters fall on January, April, July, October). `step` tells the caller whether to label months or years.
 */
export function monthTicks(start: Date, end: Date, maxTicks = 4): { ticks: Date[]; step: number } {
  const first = monthIndex(start) + (start.getTime() > monthStart(monthIndex(start)).getTime() ? 1 : 0);
  const last = monthIndex(end);
  for (const step of MONTH_STEPS) {
    const ticks: Date[] = [];
    for (let index = first; index <= last; index++) if (index % step === 0) ticks.push(monthStart(index));
    if (ticks.length <= maxTicks || step === MONTH_STEPS.at(-1)) return { ticks, step };
  }
  return { ticks: [], step: 1 };
}
