import { ChartDataTable } from "./chart-data-table";
import { BAR_CHART_MAX_WIDTH, ChartFigure, ChartLegend, ChartSvg, useChartId } from "./chart-figure";
import { chartFormat } from "./format";
import { chartColour, INK } from "./palette";
import { percent, stackSegments } from "./scale";
import { MultilineText } from "./svg-parts";
import { charsThatFit, estimateTextWidth, MIN_DRAWING_WIDTH, wrapLabel } from "./text";

export type StackedPart = { key: string; label: string };
export type StackedRow = { label: string; values: Record<string, number>; total: number | null };

export type StackedBarChartProps = {
  title: string;
  description: string;
  locale: string;
  max: number;
  labelHeader: string;
  totalHeader: string;
  parts: StackedPart[];
  rows: StackedRow[];
  missingLabel: string;
  /** Visible label of the data table's disclosure; without it the table is for screen readers only. */
  tableLabel?: string;
};

const LABEL_FONT = 13;
const LABEL_LINE = 16;
const SEGMENT_FONT = 12;
const BAR = 22;
const ROW_GAP = 14;

/** Whether a segment is wide enough for its number even on a phone; the legend and table always have it. */
function fitsInSegment(text: string, share: number): boolean {
  return share * MIN_DRAWING_WIDTH >= estimateTextWidth(text, SEGMENT_FONT) + 6;
}

type RowLayout = { top: number; name: string[]; barTop: number };

/** Vertical positions of each row: its name (wrapped to leave room for the total), then its bar. */
function layoutRows(rows: StackedRow[], totalText: (row: StackedRow) => string): { layout: RowLayout[]; height: number } {
  let y = 0;
  const layout = rows.map((row) => {
    const nameWidth = MIN_DRAWING_WIDTH - estimateTextWidth(totalText(row), LABEL_FONT) - 12;
    const name = wrapLabel(row.label, charsThatFit(nameWidth, LABEL_FONT));
    const top = y;
    const barTop = top + name.length * LABEL_LINE + 3;
    y = (row.total === null ? barTop : barTop + BAR) + ROW_GAP;
    return { top, name, barTop };
  });
  return { layout, height: Math.max(1, y - ROW_GAP + 2) };
}

/**
 * Openness composition per akimat: one bar per row out of `max`, a segment per part in legend order,
 * each wide-enough segment carrying its number. A row that was not surveyed draws no bar and says so.
 */
export function StackedBarChart({ title, description, locale, max, labelHeader, totalHeader, parts, rows, missingLabel, tableLabel }: StackedBarChartProps) {
  const id = useChartId();
  const format = chartFormat(locale);
  const totalText = (row: StackedRow) => (row.total === null ? missingLabel : format.value(row.total));
  const { layout, height } = layoutRows(rows, totalText);

  return (
    <ChartFigure title={title} description={description}>
      <ChartLegend
        swatchWidth={14}
        items={parts.map((part, index) => ({
          key: part.key,
          label: part.label,
          swatch: <rect x={1} y={1} width={12} height={12} className={chartColour(index).fill} />,
        }))}
      />
      <ChartSvg id={id} title={title} description={description} height={height} className={BAR_CHART_MAX_WIDTH}>
        {rows.map((row, rowIndex) => {
          const { top, name, barTop } = layout[rowIndex]!;
          const missing = row.total === null;
          const segments = stackSegments(
            parts.map((part) => row.values[part.key] ?? 0),
            max,
          );
          return (
            <g key={`row-${rowIndex}`}>
              <MultilineText lines={name} x={0} y={top + LABEL_LINE - 3} lineHeight={LABEL_LINE} fontSize={LABEL_FONT} className={INK.strong} />
              <text
                x="100%"
                y={top + LABEL_LINE - 3}
                fontSize={LABEL_FONT}
                textAnchor="end"
                fontWeight={missing ? 400 : 700}
                fontStyle={missing ? "italic" : undefined}
                className={`tabular-nums ${missing ? INK.muted : INK.strong}`}
              >
                {totalText(row)}
              </text>
              {!missing && <rect x={0} y={barTop} width="100%" height={BAR} className={INK.track} />}
              {!missing &&
                parts.map((part, partIndex) => {
                  const value = row.values[part.key] ?? 0;
                  const { from, share } = segments[partIndex]!;
                  if (share <= 0) return null;
                  const colour = chartColour(partIndex);
                  return (
                    <g key={part.key}>
                      {/* The paper-coloured stroke separates neighbouring segments without relying on their hues. */}
                      <rect x={percent(from)} y={barTop} width={percent(share)} height={BAR} className={`${colour.fill} ${INK.halo}`} strokeWidth={1.5} />
                      {fitsInSegment(format.value(value), share) && (
                        <text
                          x={percent(from + share / 2)}
                          y={barTop + BAR / 2 + 4}
                          fontSize={SEGMENT_FONT}
                          fontWeight={600}
                          textAnchor="middle"
                          className={`tabular-nums ${colour.onFill}`}
                        >
                          {format.value(value)}
                        </text>
                      )}
                    </g>
                  );
                })}
            </g>
          );
        })}
      </ChartSvg>
      <ChartDataTable
        caption={title}
        summary={tableLabel}
        columns={[labelHeader, ...parts.map((part) => part.label), totalHeader]}
        groups={[
          {
            key: "rows",
            rows: rows.map((row, rowIndex) => ({
              key: `row-${rowIndex}`,
              header: row.label,
              cells:
                row.total === null
                  ? [{ key: "missing", text: missingLabel, colSpan: parts.length + 1 }]
                  : [
                      ...parts.map((part) => ({ key: part.key, text: format.value(row.values[part.key] ?? 0) })),
                      { key: "total", text: format.value(row.total) },
                    ],
            })),
          },
        ]}
      />
    </ChartFigure>
  );
}
