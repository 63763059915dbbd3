import { ChartDataTable } from "./chart-data-table";
import { ChartFigure, ChartLegend, ChartSvg, useChartId } from "./chart-figure";
import { chartFormat } from "./format";
import { chartColour, INK, markerPath } from "./palette";
import { linearScale, monthDomain, percent, timeScale } from "./scale";
import { monthTicks, zeroBasedTicks } from "./ticks";

export type LinePoint = { x: string; y: number; approximate?: boolean };
export type LineSeries = { label: string; points: LinePoint[] };

export type LineChartProps = {
  title: string;
  description: string;
  locale: string;
  xHeader: string;
  yHeader: string;
  series: LineSeries[];
  approximateLegend?: string;
  /** Shown instead of the chart when there are no points. */
  emptyLabel: string;
  /** Visible label of the data table's disclosure; without it the table is for screen readers only. */
  tableLabel?: string;
};

const TOP = 24;
const PLOT = 200;
const AXIS = 40;
// Points keep this share of the width free at both ends so edge markers and labels are not cut off.
const X_PAD = 0.03;
const LABEL_SPACING = 14;
const APPROXIMATE_DASH = "5 4";
/** Beyond this many points a marker on each would merge into a thick line (and cost ~170 bytes each). */
const MAX_MARKERS = 60;

type PlacedPoint = LinePoint & { date: Date; fx: number; py: number };

/**
 * Counts over time: one line per series, markers of a different shape per series, the latest value written
 * beside each line's end. An approximate point is a hollow marker and the segments touching it are dashed.
 */
export function LineChart({ title, description, locale, xHeader, yHeader, series, approximateLegend, emptyLabel, tableLabel }: LineChartProps) {
  const id = useChartId();
  const format = chartFormat(locale);
  const dated = series.map((line) =>
    line.points
      .map((point) => ({ ...point, date: new Date(point.x) }))
      .filter((point) => !Number.isNaN(point.date.getTime()))
      .sort((a, b) => a.date.getTime() - b.date.getTime()),
  );
  const all = dated.flat();
  if (all.length === 0) {
    return (
      <ChartFigure title={title} description={description}>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">{emptyLabel}</p>
      </ChartFigure>
    );
  }

  const domain = monthDomain(all.map((point) => point.date));
  const time = timeScale(domain);
  const xFraction = (date: Date) => X_PAD + time(date) * (1 - 2 * X_PAD);
  const yAxis = zeroBasedTicks(Math.max(0, ...all.map((point) => point.y)), { integer: all.every((point) => Number.isInteger(point.y)) });
  const yScale = linearScale(yAxis.max);
  const yPixel = (value: number) => TOP + PLOT * (1 - yScale(value));
  const placed: PlacedPoint[][] = dated.map((points) => points.map((point) => ({ ...point, fx: xFraction(point.date), py: yPixel(point.y) })));
  const xTicks = monthTicks(domain.start, domain.end);
  const markerId = (index: number) => `${id}-marker-${index}`;
  const endLabels = placeEndLabels(placed);
  const anyApproximate = all.some((point) => point.approximate);

  return (
    <ChartFigure title={title} description={description}>
      <ChartLegend
        items={[
          ...series.map((line, index) => ({ key: `series-${index}`, label: line.label, swatch: <LegendLine index={index} /> })),
          ...(anyApproximate && approximateLegend ? [{ key: "approximate", label: approximateLegend, swatch: <LegendLine index={-1} approximate /> }] : []),
        ]}
      />
      <ChartSvg id={id} title={title} description={description} height={TOP + PLOT + AXIS}>
        <defs>
          {series.map((_, index) => (
            <path key={index} id={markerId(index)} d={markerPath(index)} />
          ))}
        </defs>
        {yAxis.ticks.map((tick) => (
          <line
            key={tick}
            x1={0}
            x2="100%"
            y1={yPixel(tick)}
            y2={yPixel(tick)}
            className={tick === 0 ? INK.axis : INK.rule}
            strokeDasharray={tick === 0 ? undefined : "2 3"}
          />
        ))}
        {xTicks.ticks.map((tick, index) => {
          const fx = xFraction(tick);
          const anchor = fx < 0.08 ? "start" : fx > 0.92 ? "end" : "middle";
          const showYear = xTicks.step < 12 && (index === 0 || tick.getUTCMonth() === 0);
          return (
            <g key={tick.getTime()}>
              <line x1={percent(fx)} x2={percent(fx)} y1={TOP + PLOT} y2={TOP + PLOT + 5} className={INK.axis} />
              <text x={percent(fx)} y={TOP + PLOT + 18} fontSize={11} textAnchor={anchor} className={INK.muted}>
                {xTicks.step >= 12 ? format.year(tick) : format.month(tick)}
                {showYear && (
                  <tspan x={percent(fx)} dy={14}>
                    {format.year(tick)}
                  </tspan>
                )}
              </text>
            </g>
          );
        })}
        {/* Lines are drawn in a stretched inner viewport (x in percent, y in pixels); strokes keep their width. */}
        <svg x={0} y={TOP} width="100%" height={PLOT} viewBox={`0 0 100 ${PLOT}`} preserveAspectRatio="none" overflow="visible">
          {placed.map((points, index) =>
            lineRuns(points).map((run, step) => (
              <path
                key={`${index}-${step}`}
                d={run.points.map((point, at) => `${at === 0 ? "M" : "L"}${round(point.fx * 100)} ${round(point.py - TOP)}`).join("")}
                fill="none"
                vectorEffect="non-scaling-stroke"
                strokeWidth={2.5}
                strokeLinecap="round"
                strokeLinejoin="round"
                strokeDasharray={run.approximate ? APPROXIMATE_DASH : undefined}
                className={chartColour(index).stroke}
              />
            )),
          )}
        </svg>
        {placed.map((points, index) =>
          points.map(
            (point, step) =>
              // A dense line keeps the markers that say something: approximate points and the latest one.
              (points.length <= MAX_MARKERS || point.approximate || step === points.length - 1) && (
                <use
                  key={`${index}-${step}`}
                  href={`#${markerId(index)}`}
                  x={percent(point.fx)}
                  y={point.py}
                  strokeWidth={point.approximate ? 2 : 1.5}
                  className={point.approximate ? `${INK.paper} ${chartColour(index).stroke}` : `${chartColour(index).fill} ${INK.halo}`}
                />
              ),
          ),
        )}
        {yAxis.ticks.map((tick) => (
          <text
            key={tick}
            x={0}
            y={yPixel(tick) - 4}
            fontSize={11}
            strokeWidth={3}
            strokeLinejoin="round"
            paintOrder="stroke"
            className={`tabular-nums ${INK.muted} ${INK.halo}`}
          >
            {format.value(tick)}
          </text>
        ))}
        {endLabels.map(({ index, point, y }) => (
          <text
            key={index}
            x={percent(point.fx)}
            dx={point.fx > 0.5 ? -8 : 8}
            y={y}
            fontSize={13}
            fontWeight={700}
            textAnchor={point.fx > 0.5 ? "end" : "start"}
            strokeWidth={3}
            strokeLinejoin="round"
            paintOrder="stroke"
            className={`tabular-nums ${chartColour(index).fill} ${INK.halo}`}
          >
            {format.value(point.y, point.approximate)}
          </text>
        ))}
      </ChartSvg>
      <ChartDataTable
        caption={title}
        summary={tableLabel}
        columns={[xHeader, yHeader]}
        groups={series.map((line, index) => ({
          key: `series-${index}`,
          label: line.label,
          rows: dated[index]!.map((point, step) => ({
            key: `point-${step}`,
            header: format.day(point.date),
            cells: [{ key: "y", text: format.value(point.y, point.approximate) }],
          })),
        }))}
      />
    </ChartFigure>
  );
}

/**
 * A line as few paths as its dashes allow: consecutive segments of the same kind (solid, or dashed because a
 * point at either end is approximate) share one path, so a long history costs a few bytes per point, not a
 * whole element per segment.
 */
function lineRuns(points: PlacedPoint[]): { approximate: boolean; points: PlacedPoint[] }[] {
  const runs: { approximate: boolean; points: PlacedPoint[] }[] = [];
  for (let step = 1; step < points.length; step += 1) {
    const from = points[step - 1]!;
    const to = points[step]!;
    const approximate = Boolean(from.approximate || to.approximate);
    const last = runs.at(-1);
    if (last && last.approximate === approximate) last.points.push(to);
    else runs.push({ approximate, points: [from, to] });
  }
  return runs;
}

/** Two decimals: a hundredth of a percent of the width, or of a pixel, is finer than any screen draws. */
const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Places each line's end label beside its last point: above it, or below it where the line comes down into
 * the point (the label would sit on the line), then pushes labels apart so two ends never overprint.
 */
function placeEndLabels(lines: PlacedPoint[][]): { index: number; point: PlacedPoint; y: number }[] {
  const wanted = lines.flatMap((points, index) => {
    const point = points.at(-1);
    if (!point) return [];
    const previous = points.at(-2);
    const below = previous !== undefined && previous.py < point.py && point.py + 18 < TOP + PLOT;
    return [{ index, point, y: below ? point.py + 18 : point.py - 9 }];
  });
  const placed: { index: number; point: PlacedPoint; y: number }[] = [];
  for (const label of wanted.sort((a, b) => a.y - b.y)) {
    const previous = placed.at(-1);
    placed.push({ ...label, y: previous && label.y - previous.y < LABEL_SPACING ? previous.y + LABEL_SPACING : label.y });
  }
  return placed;
}

/** A legend sample: a short line and the series' marker; index -1 draws the neutral "approximate" sample. */
function LegendLine({ index, approximate = false }: { index: number; approximate?: boolean }) {
  const colour = index < 0 ? { stroke: INK.axis, fill: INK.muted } : chartColour(index);
  return (
    <>
      <line x1={1} x2={27} y1={7} y2={7} strokeWidth={2.5} strokeDasharray={approximate ? APPROXIMATE_DASH : undefined} className={colour.stroke} />
      <path
        d={markerPath(Math.max(0, index))}
        transform="translate(14 7)"
        strokeWidth={approximate ? 2 : 1.5}
        className={approximate ? `${INK.paper} ${colour.stroke}` : `${colour.fill} ${INK.halo}`}
      />
    </>
  );
}
