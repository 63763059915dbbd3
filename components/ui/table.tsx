import type { ReactNode } from "react";

/**
 * Cell padding, set once on the table for every th and td in it (no context, so that server components can use
 * it): cells keep only what is their own (alignment, type). `figures` is a small table of numbers inside a card:
 * tight rows, a small head without a rule.
 */
const DENSITY = {
  normal: "[&_:is(th,td)]:py-2 [&_:is(th,td)]:pr-4",
  compact: "[&_:is(th,td)]:py-2 [&_:is(th,td)]:pr-3",
  tight: "[&_:is(th,td)]:py-1 [&_:is(th,td)]:pr-3",
  figures: "[&_:is(th,td)]:py-1",
} as const;

/**
 * A data table: `head` is its column headers (`<th scope="col">` each), the children its rows. The caption is
 * for screen readers (the page's heading already says it to the eye); without it, a nearby heading names the
 * table. `scroll` lets a wide table scroll sideways on a narrow screen instead of widening the page.
 */
export function Table({
  head,
  caption,
  density = "normal",
  scroll = true,
  children,
}: {
  head: ReactNode;
  caption?: ReactNode;
  density?: keyof typeof DENSITY;
  scroll?: boolean;
  children: ReactNode;
}) {
  const figures = density === "figures";
  const table = (
    <table className={`w-full text-left text-sm ${DENSITY[density]}`}>
      {caption && <caption className="sr-only">{caption}</caption>}
      <thead className={figures ? undefined : "border-b border-zinc-300 dark:border-zinc-700"}>
        <tr className={figures ? "text-xs text-zinc-700 dark:text-zinc-300" : undefined}>{head}</tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
  // Positioned, so that what is visually hidden inside (sr-only is absolute) scrolls with the table, not the page.
  return scroll ? <div className="relative overflow-x-auto">{table}</div> : table;
}

/** A body row, ruled below. Cells align to the top, for rows where one runs to several lines; `middle` centres them. */
export function Row({ className, middle = false, children }: { className?: string; middle?: boolean; children: ReactNode }) {
  return <tr className={["border-b border-zinc-200 dark:border-zinc-800", middle ? "" : "align-top", className].filter(Boolean).join(" ")}>{children}</tr>;
}
