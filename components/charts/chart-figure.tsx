import { useId, type ReactNode } from "react";

/**
 * A unique, CSS-safe id prefix for one chart instance: its <title>, <desc> and hatch patterns must not
 * clash with another chart's on the same page. React's id is stable between server and client renders.
 */
export function useChartId(): string {
  return `chart-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
}

/** The card every chart sits in: a visible caption first, then the drawing, its legend and its data. */
export function ChartFigure({ title, description, children }: { title: string; description: string; children: ReactNode }) {
  return (
    <figure className="flex min-w-0 flex-col gap-3 rounded-lg border border-zinc-300 bg-white p-4 text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100">
      <figcaption className="flex flex-col gap-1">
        <span className="text-base font-bold">{title}</span>
        <span className="text-sm text-zinc-700 dark:text-zinc-300">{description}</span>
      </figcaption>
      {children}
    </figure>
  );
}

// Bar charts put a name at the left and its value at the right: on a wide screen the eye would have to
// travel too far between them, so their drawing stops widening at this size.
export const BAR_CHART_MAX_WIDTH = "max-w-2xl";

/**
 * The drawing. There is deliberately no viewBox on the outer <svg>: a viewBox would scale the text with the
 * width (unreadable at 320 px, oversized on a desktop). Instead it is 100% wide with a fixed pixel height,
 * horizontal positions are percentages, and text keeps its real size at every width.
 */
export function ChartSvg({
  id,
  title,
  description,
  height,
  className = "",
  children,
}: {
  id: string;
  title: string;
  description: string;
  height: number;
  className?: string;
  children: ReactNode;
}) {
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      width="100%"
      height={height}
      className={`block overflow-visible ${className}`}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {children}
    </svg>
  );
}

/** Legend entries: a small drawing (marker, swatch, hatch) beside its text, wrapping on narrow screens. */
export function ChartLegend({ items, swatchWidth = 28 }: { items: { key: string; swatch: ReactNode; label: string }[]; swatchWidth?: number }) {
  if (items.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {items.map((item) => (
        <li key={item.key} className="flex items-center gap-1.5">
          <svg aria-hidden="true" width={swatchWidth} height={14} className="shrink-0 overflow-visible">
            {item.swatch}
          </svg>
          <span>{item.label}</span>
        </li>
      ))}
    </ul>
  );
}
