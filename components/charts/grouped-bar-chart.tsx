import type { ReactNode } from "react";
import { ChartDataTable } from "./chart-data-table";
import { BAR_CHART_MAX_WIDTH, ChartFigure, ChartLegend, ChartSvg, useChartId } from "./chart-figure";
import { chartFormat } from "./format";
import { chartColour, INK } from "./palette";
import { linearScale, percent } from "./scale";
import { HatchPattern, HatchSwatch, MultilineText } from "./svg-parts";
import { charsThatFit, estimateTextWidth, MIN_DRAWING_WIDTH, wrapLabel } from "./text";
import { zeroBasedTicks } from "./ticks";

export type GroupedBar = { label: string; value: number | null; approximate?: boolean; missingLabel?: string };
export type BarGroup = { label: string; bars: GroupedBar[] };

export type GroupedBarChartProps = {
  title: string;
  description: string;
  locale: string;
  labelHeader: string;
  valueHeader: string;
  groups: BarGroup[];
  approximateLegend?: string;
  /** Visible label of the data table's disclosure; without it the table is for screen readers only. */
  tableLabel?: string;
};

// Pixel sizes: each bar gets a line for its name and value, then the bar itself under it,
// so a long Cyrillic name has the whole width instead of a cramped left margin.
const HEADING_FONT = 14;
const HEADING_LINE = 18;
const LABEL_FONT = 13;
const LABEL_LINE = 16;
const BAR = 16;
const ROW_GAP = 12;
const GROUP_GAP = 8;
const AXIS = 24;

const NO_VALUE = "—";

/**
 * Reach by official, grouped by akimat: horizontal bars, each value written at the end of its label line.
 * A missing value (account not found) draws no bar at all, only its label: a zero-length bar would read as 0.
 */
export function GroupedBarChart({ title, description, locale, labelHeader, valueHeader, groups, approximateLegend, tableLabel }: GroupedBarChartProps) {
  const id = useChartId();
  const format = chartFormat(locale);
  const values = groups.flatMap((group) => group.bars.flatMap((bar) => (bar.value === null ? [] : [bar.value])));
  const axis = zeroBasedTicks(Math.max(0, ...values), { integer: values.every(Number.isInteger) });
  const scale = linearScale(axis.max);
  const hatchId = (groupIndex: number) => `${id}-hatch-${groupIndex}`;
  const valueText = (bar: GroupedBar) => (bar.value === null ? (bar.missingLabel ?? NO_VALUE) : format.value(bar.value, bar.approximate));

  const marks: ReactNode[] = [];
  let y = 0;
  let plotTop = 0;
  groups.forEach((group, groupIndex) => {
    const colour = chartColour(groupIndex);
    if (groupIndex > 0) y += GROUP_GAP;
    const heading = wrapLabel(group.label, charsThatFit(MIN_DRAWING_WIDTH, HEADING_FONT));
    marks.push(
      <MultilineText
        key={`group-${groupIndex}`}
        lines={heading}
        x={0}
        y={y + HEADING_LINE - 4}
        lineHeight={HEADING_LINE}
        fontSize={HEADING_FONT}
        fontWeight={700}
        className={INK.strong}
      />,
    );
    y += heading.length * HEADING_LINE + 6;
    if (groupIndex === 0) plotTop = y;
    group.bars.forEach((bar, barIndex) => {
      const missing = bar.value === null;
      const value = valueText(bar);
      const nameWidth = MIN_DRAWING_WIDTH - estimateTextWidth(value, LABEL_FONT) - 12;
      const name = wrapLabel(bar.label, charsThatFit(nameWidth, LABEL_FONT));
      const barTop = y + name.length * LABEL_LINE + 3;
      marks.push(
        <g key={`bar-${groupIndex}-${barIndex}`}>
          <MultilineText lines={name} x={0} y={y + LABEL_LINE - 3} lineHeight={LABEL_LINE} fontSize={LABEL_FONT} className={INK.strong} />
          <text
            x="100%"
            y={y + LABEL_LINE - 3}
            fontSize={LABEL_FONT}
            fontWeight={missing ? 400 : 600}
            fontStyle={missing ? "italic" : undefined}
            textAnchor="end"
            className={`tabular-nums ${missing ? INK.muted : INK.strong}`}
          >
            {value}
          </text>
          {bar.value !== null && bar.value > 0 && (
            <rect
              x={0}
              y={barTop}
              width={percent(scale(bar.value))}
              height={BAR}
              fill={bar.approximate ? `url(#${hatchId(groupIndex)})` : undefined}
              className={bar.approximate ? colour.stroke : colour.fill}
              strokeWidth={bar.approximate ? 1 : undefined}
            />
          )}
        </g>,
      );
      // A missing value has no bar, so its row needs no room for one.
      y = (missing ? barTop : barTop + BAR) + ROW_GAP;
    });
  });
  const plotBottom = Math.max(plotTop, y - ROW_GAP + 4);
  const height = plotBottom + AXIS;

  const approximateGroups = groups.flatMap((group, groupIndex) => (group.bars.some((bar) => bar.approximate && bar.value !== null) ? [groupIndex] : []));
  const legend =
    approximateLegend && approximateGroups.length > 0
      ? [
          {
            key: "approximate",
            label: approximateLegend,
            swatch: <HatchSwatch patternId={hatchId(approximateGroups[0]!)} colour={chartColour(approximateGroups[0]!)} />,
          },
        ]
      : [];

  return (
    <ChartFigure title={title} description={description}>
      <ChartSvg id={id} title={title} description={description} height={height} className={BAR_CHART_MAX_WIDTH}>
        <defs>
          {approximateGroups.map((groupIndex) => (
            <HatchPattern key={groupIndex} id={hatchId(groupIndex)} colour={chartColour(groupIndex)} />
          ))}
        </defs>
        <g>
          {axis.ticks.map((tick, index) => {
            const x = percent(scale(tick));
            const anchor = index === 0 ? "start" : index === axis.ticks.length - 1 ? "end" : "middle";
            return (
              <g key={tick}>
                <line x1={x} x2={x} y1={plotTop} y2={plotBottom} className={INK.rule} strokeDasharray={index === 0 ? undefined : "2 3"} />
                <text x={x} y={plotBottom + 16} fontSize={11} textAnchor={anchor} className={`tabular-nums ${INK.muted}`}>
                  {format.value(tick)}
                </text>
              </g>
            );
          })}
          {marks}
        </g>
      </ChartSvg>
      <ChartLegend items={legend} />
      <ChartDataTable
        caption={title}
        summary={tableLabel}
        columns={[labelHeader, valueHeader]}
        groups={groups.map((group, groupIndex) => ({
          key: `group-${groupIndex}`,
          label: group.label,
          rows: group.bars.map((bar, barIndex) => ({ key: `bar-${barIndex}`, header: bar.label, cells: [{ key: "value", text: valueText(bar) }] })),
        }))}
      />
    </ChartFigure>
  );
}
