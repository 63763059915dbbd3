export type ChartTableCell = { key: string; text: string; colSpan?: number };
export type ChartTableRow = { key: string; header: string; cells: ChartTableCell[] };
export type ChartTableGroup = { key: string; label?: string; rows: ChartTableRow[] };

/**
 * The chart's numbers as a table (row headers first, figures right-aligned), for screen readers and for anyone who wants the exact figures.
 * With `summary` (a visible, translated "Show the data") it sits in a <details> sighted readers can open;
 * without one it is visually hidden but still read by screen readers.
 */
export function ChartDataTable({ caption, columns, groups, summary }: { caption: string; columns: string[]; groups: ChartTableGroup[]; summary?: string }) {
  const table = (
    <table className="w-full border-collapse text-left text-sm tabular-nums">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-zinc-300 dark:border-zinc-600">
          {columns.map((column, index) => (
            <th key={column} scope="col" className={`px-2 py-1 font-semibold ${index > 0 ? "text-right" : ""}`}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      {groups.map((group) => (
        <tbody key={group.key}>
          {group.label !== undefined && (
            <tr className="bg-zinc-100 dark:bg-zinc-800">
              <th scope="rowgroup" colSpan={columns.length} className="px-2 py-1 font-semibold">
                {group.label}
              </th>
            </tr>
          )}
          {group.rows.map((row) => (
            <tr key={row.key} className="border-b border-zinc-200 dark:border-zinc-700">
              <th scope="row" className="px-2 py-1 font-normal">
                {row.header}
              </th>
              {row.cells.map((cell) => (
                <td key={cell.key} colSpan={cell.colSpan} className="whitespace-nowrap px-2 py-1 text-right">
                  {cell.text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
  if (!summary) return <div className="sr-only">{table}</div>;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-semibold text-blue-800 underline underline-offset-2 dark:text-blue-300">{summary}</summary>
      <div className="relative mt-2 overflow-x-auto">{table}</div>
    </details>
  );
}
